import type { EmailChannelDto } from '@parley/shared-types';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { errorMessage } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { focusFirstInvalid, formLevelError, hasErrors, isEmail, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useEmailChannel } from '../api/get-email-channel';
import { useRemoveEmailChannel } from '../api/remove-email-channel';
import { useSaveEmailChannel, type EmailChannelInput } from '../api/save-email-channel';
import { ReplyMailbox } from './reply-mailbox';

type Draft = Record<'fromName' | 'fromEmail' | 'replyDomain', string>;

const EMPTY: Draft = { fromName: '', fromEmail: '', replyDomain: '' };
const FIELDS: readonly string[] = Object.keys(EMPTY);

const toDraft = (identity: EmailChannelDto): Draft => ({ fromName: identity.fromName, fromEmail: identity.fromEmail, replyDomain: identity.replyDomain ?? '' });

/** An empty reply domain is sent as null: replies then come back on the From address's domain. */
const toInput = (d: Draft): EmailChannelInput => ({ fromName: d.fromName.trim(), fromEmail: d.fromEmail.trim(), replyDomain: d.replyDomain.trim() || null });

/** Only what the API would refuse for certain; the address and domain rules themselves are the API's (its 422 shows inline). */
function validate(d: Draft): FieldErrors {
  return {
    fromName: d.fromName.trim() ? undefined : 'Enter the name creators see, e.g. Sam from Trailhead.',
    fromEmail: !d.fromEmail.trim() ? 'Enter the address emails are sent from.' : !isEmail(d.fromEmail) ? 'Enter a valid email address.' : undefined,
  };
}

/** The email channel's sender identity: who outreach emails come from. A 404 from the API means "not set yet". */
export function EmailSender() {
  const identity = useEmailChannel();
  const remove = useRemoveEmailChannel();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState(false);

  if (identity.isPending) return <RowsSkeleton label="Loading the email sender identity" rows={2} />;
  if (identity.isError) return <ErrorState title="Could not load the email sender identity" error={identity.error} onRetry={() => void identity.refetch()} />;

  const current = identity.data;
  return (
    <div className="stack">
      <h4 className="channel__subtitle">Sender identity</h4>
      {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
      {current && <p className="muted small">Last changed {formatDate(current.updatedAt)}.</p>}
      {/* One form in one place from "set" to "saved", so its "Saved" survives the identity arriving. */}
      {current || adding ? (
        <SenderForm identity={current} onCancel={current ? undefined : () => setAdding(false)} onRemove={current ? () => setRemoving(true) : undefined} />
      ) : (
        <EmptyState
          level={4}
          title="No sender identity yet"
          action={
            <button type="button" className="btn btn--primary" onClick={() => setAdding(true)}>
              Set sender identity
            </button>
          }
        >
          Email is connected once you say who outreach comes from: a name and an address on a domain you own.
        </EmptyState>
      )}
      {current && <ReplyMailbox identity={current} />}
      <ConfirmDialog
        open={removing}
        title="Remove the sender identity?"
        confirmLabel="Remove"
        danger
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSettled: () => setRemoving(false),
            onSuccess: () => setAdding(false),
          })
        }
        onCancel={() => setRemoving(false)}
      >
        <p>Email stops being connected: outreach emails cannot go out until a sender identity is set again.</p>
      </ConfirmDialog>
    </div>
  );
}

interface SenderFormProps {
  /** The saved identity to edit, or null to set the first one. */
  identity: EmailChannelDto | null;
  onCancel?: () => void;
  onRemove?: () => void;
}

function SenderForm({ identity, onCancel, onRemove }: SenderFormProps) {
  const save = useSaveEmailChannel();
  const formRef = useRef<HTMLFormElement>(null);
  // An edit resets `save`: "Saved" no longer describes the form once it changes.
  const { values: draft, setValues: setDraft, edit, setErrors, errorFor } = useFormState(() => (identity ? toDraft(identity) : EMPTY), save);
  const text = (key: keyof Draft) => ({ value: draft[key], onChange: (e: { target: { value: string } }) => edit({ [key]: e.target.value }) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    save.mutate(toInput(draft), {
      // The API trims and lowercases; show what it stored.
      onSuccess: (saved) => setDraft(toDraft(saved)),
      onError: () => focusFirstInvalid(formRef.current),
    });
  };

  const formError = formLevelError(save.error, FIELDS);

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label="Email sender identity">
      {formError && <Alert>{formError}</Alert>}
      <div className="grid-2">
        <Field label="From name" hint="How creators see the sender, e.g. Sam from Trailhead." error={errorFor('fromName')}>
          {(control) => <input {...control} className="input" autoComplete="off" {...text('fromName')} />}
        </Field>
        <Field label="From address" hint="Its domain should have SPF and DKIM set up, so emails are not filtered as spam." error={errorFor('fromEmail')}>
          {(control) => <input {...control} className="input" type="email" autoComplete="off" placeholder="sam@yourstore.com" {...text('fromEmail')} />}
        </Field>
      </div>
      <Field
        label="Reply domain (optional)"
        hint="Replies come back to an address of their own on this domain, e.g. replies.yourstore.com. Leave empty to use the From address’s domain."
        error={errorFor('replyDomain')}
      >
        {(control) => <input {...control} className="input" autoComplete="off" placeholder="replies.yourstore.com" {...text('replyDomain')} />}
      </Field>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : identity ? 'Save changes' : 'Save sender identity'}
        </button>
        {onCancel && (
          <button type="button" className="btn btn--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
        {save.isSuccess && (
          <span className="success-text" role="status">
            Saved
          </span>
        )}
        <span className="spacer" />
        {onRemove && (
          <button type="button" className="btn btn--ghost btn--danger-text" onClick={onRemove}>
            Remove sender identity
          </button>
        )}
      </div>
    </form>
  );
}
