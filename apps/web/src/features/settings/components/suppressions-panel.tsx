import type { SuppressionDto, SuppressionReason } from '@parley/shared-types';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { errorMessage } from '@/lib/api-client';
import { formatDate, formatInteger } from '@/lib/format';
import { focusFirstInvalid, formLevelError, hasErrors, isEmail, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useAddSuppression, type AddedSuppression } from '../api/add-suppression';
import { useSuppressions } from '../api/get-suppressions';
import { useRemoveSuppression } from '../api/remove-suppression';

/** Why an address is on the list, in plain words. */
const REASON_LABELS: Record<SuppressionReason, string> = {
  unsubscribe: 'Unsubscribed',
  hard_bounce: 'Bounced (hard)',
  complaint: 'Marked as spam',
  manual: 'Added by hand',
};

/** The API's limit on a note. */
const NOTE_MAX = 500;

export function SuppressionsPanel() {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const [page, setPage] = useState(1);
  const list = useSuppressions({ ...(page > 1 && { page }), ...(q && { q }) });
  const remove = useRemoveSuppression();
  const [removing, setRemoving] = useState<SuppressionDto | null>(null);

  const onRemove = (entry: SuppressionDto) =>
    remove.mutate(entry.id, {
      onSuccess: () => {
        // The last entry of a later page is gone: show the page before it.
        if (page > 1 && list.data?.suppressions.length === 1) setPage(page - 1);
      },
      onSettled: () => setRemoving(null),
    });

  return (
    <section className="card stack" aria-labelledby="suppressions-title">
      <div>
        <h2 id="suppressions-title" className="section-title">
          Do-not-contact list
        </h2>
        <p className="muted small">
          Parley never emails these addresses; creators who unsubscribe, addresses that bounce hard and spam complaints land here automatically.
        </p>
      </div>
      <AddSuppressionForm />
      <form role="search" aria-label="Search the do-not-contact list" onSubmit={(event) => event.preventDefault()}>
        <Field
          label="Search addresses"
          hint={
            search.trim() !== q || (q && list.isPlaceholderData)
              ? 'Searching…'
              : q && list.data
                ? `${formatInteger(list.data.pagination.total)} found for “${q}”.`
                : 'Part of an address, e.g. a domain.'
          }
        >
          {(control) => (
            <input
              {...control}
              type="search"
              className="input"
              placeholder="e.g. example.com"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setPage(1);
              }}
            />
          )}
        </Field>
      </form>
      {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
      <SuppressionsList query={list} searched={q} onRemove={setRemoving} onPage={setPage} />
      <ConfirmDialog
        open={removing !== null}
        title="Remove from the do-not-contact list?"
        confirmLabel="Remove address"
        danger
        busy={remove.isPending}
        onConfirm={() => removing && onRemove(removing)}
        onCancel={() => setRemoving(null)}
      >
        <p>Parley may contact “{removing?.email}” again: campaigns, follow-ups and drafts can reach this address once it is off the list.</p>
        {(removing?.reason === 'unsubscribe' || removing?.reason === 'complaint') && (
          <p>This creator {removing.reason === 'unsubscribe' ? 'unsubscribed' : 'marked an email as spam'}: remove the address only if they have asked to hear from you again.</p>
        )}
      </ConfirmDialog>
    </section>
  );
}

type Draft = { email: string; note: string };

const EMPTY: Draft = { email: '', note: '' };
const FIELDS: readonly string[] = Object.keys(EMPTY);

/** Only what the API would refuse for certain; its own address rules show inline from its 422. */
function validate(d: Draft): FieldErrors {
  return {
    email: !d.email.trim() ? 'Enter the address Parley must never email.' : !isEmail(d.email) ? 'Enter a valid email address.' : undefined,
    note: d.note.trim().length > NOTE_MAX ? `Keep the note to ${formatInteger(NOTE_MAX)} characters.` : undefined,
  };
}

/** Adds an address by hand (reason `manual`); adding one already listed keeps the first entry and says so. */
function AddSuppressionForm() {
  const add = useAddSuppression();
  const formRef = useRef<HTMLFormElement>(null);
  const { values: draft, setValues: setDraft, edit: editDraft, setErrors, errorFor } = useFormState(EMPTY, add);
  const [result, setResult] = useState<AddedSuppression | null>(null);
  // The last answer no longer describes the form once it changes (`editDraft` resets `add`).
  const edit = (patch: Partial<Draft>) => {
    editDraft(patch);
    setResult(null);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    setResult(null);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const note = draft.note.trim();
    add.mutate(
      { email: draft.email.trim(), reason: 'manual', ...(note && { note }) },
      {
        onSuccess: (added) => {
          setResult(added);
          setDraft(EMPTY);
        },
        onError: () => focusFirstInvalid(formRef.current),
      },
    );
  };

  const formError = formLevelError(add.error, FIELDS);

  return (
    <div className="stack">
      <form ref={formRef} className="inline-form" onSubmit={onSubmit} noValidate aria-label="Add to the do-not-contact list">
        <Field label="Email address" error={errorFor('email')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              autoComplete="off"
              placeholder="creator@example.com"
              value={draft.email}
              onChange={(e) => edit({ email: e.target.value })}
            />
          )}
        </Field>
        <Field label="Note (optional)" error={errorFor('note')}>
          {(control) => (
            <input
              {...control}
              className="input"
              autoComplete="off"
              maxLength={NOTE_MAX}
              placeholder="e.g. Asked by phone not to email again"
              value={draft.note}
              onChange={(e) => edit({ note: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="btn btn--primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add address'}
        </button>
      </form>
      {formError && <Alert>{formError}</Alert>}
      {result &&
        (result.created ? (
          <Alert tone="success">
            <p>“{result.suppression.email}” is on the list: Parley will not email it.</p>
          </Alert>
        ) : (
          <Alert tone="info" title="Already on the list">
            <p>
              “{result.suppression.email}” was listed on {formatDate(result.suppression.createdAt)} ({REASON_LABELS[result.suppression.reason]}). That entry is kept
              as it was.
            </p>
          </Alert>
        ))}
    </div>
  );
}

interface SuppressionsListProps {
  query: ReturnType<typeof useSuppressions>;
  /** The search applied, for the empty state. */
  searched: string;
  onRemove: (entry: SuppressionDto) => void;
  onPage: (page: number) => void;
}

function SuppressionsList({ query, searched, onRemove, onPage }: SuppressionsListProps) {
  if (query.isPending) return <RowsSkeleton label="Loading the do-not-contact list" rows={3} />;
  if (query.isError) return <ErrorState title="Could not load the do-not-contact list" error={query.error} onRetry={() => void query.refetch()} />;
  const { suppressions, pagination } = query.data;
  if (!suppressions.length) {
    return searched ? (
      <EmptyState level={3} title="No matching addresses">
        Nothing on the list contains “{searched}”.
      </EmptyState>
    ) : (
      <EmptyState level={3} title="No addresses on the list">
        Addresses show here when a creator unsubscribes, an email bounces hard or is marked as spam, or when you add one above.
      </EmptyState>
    );
  }
  return (
    <>
      <SuppressionsTable entries={suppressions} onRemove={onRemove} />
      <Pagination label="Do-not-contact list pages" pagination={pagination} onPage={onPage} />
    </>
  );
}

function SuppressionsTable({ entries, onRemove }: { entries: SuppressionDto[]; onRemove: (entry: SuppressionDto) => void }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Do-not-contact list</caption>
        <thead>
          <tr>
            <th scope="col">Address</th>
            <th scope="col">Reason</th>
            <th scope="col">Note</th>
            <th scope="col">Added</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{entry.email}</th>
              <td>{REASON_LABELS[entry.reason]}</td>
              <td>{entry.note ?? <span className="muted">—</span>}</td>
              <td>{formatDate(entry.createdAt)}</td>
              <td className="actions">
                <button type="button" className="btn btn--ghost btn--small btn--danger-text" onClick={() => onRemove(entry)} aria-label={`Remove ${entry.email}`}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
