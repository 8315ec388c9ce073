import type { ContractClauseDto, ContractTemplateDto } from '@parley/shared-types';
import { useRef, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { useCreateContractTemplate } from '@/features/contracts/api/create-contract-template';
import { useUpdateContractTemplate } from '@/features/contracts/api/update-contract-template';
import { focusFirstInvalid, formLevelError, hasErrors, serverFieldErrors, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import '@/features/contracts/contracts.css';

/** A clause as the form edits it, with a stable key so moving rows keeps their inputs. */
interface ClauseRow extends ContractClauseDto {
  key: number;
}

interface Draft {
  name: string;
  clauses: ClauseRow[];
  isDefault: boolean;
}

let nextKey = 0;
const toRows = (clauses: ContractClauseDto[]): ClauseRow[] => clauses.map(({ heading, body }) => ({ key: nextKey++, heading, body }));

/** What the form starts from: a saved template (editing), or a name and clauses to copy (new). */
export type TemplateFormSource = { template: ContractTemplateDto } | { name: string; clauses: ContractClauseDto[] };

function validate(draft: Draft): FieldErrors {
  const errors: FieldErrors = {
    name: draft.name.trim() ? undefined : 'Name the template, e.g. “Standard creator agreement”.',
    clauses: draft.clauses.length ? undefined : 'Add at least one clause.',
  };
  draft.clauses.forEach((clause, i) => {
    if (!clause.heading.trim()) errors[`clauses.${i}.heading`] = 'Give the clause a heading.';
    if (!clause.body.trim()) errors[`clauses.${i}.body`] = 'Write the clause’s text.';
  });
  return errors;
}

interface Props {
  source: TemplateFormSource;
  /** The placeholders clause bodies may hold, listed as help. */
  placeholders: string[];
  onSaved: (template: ContractTemplateDto) => void;
  onCancel: () => void;
}

/**
 * A contract template: its name, its clauses (heading and body, in order: add, remove, move up or
 * down) and whether it is the store's default. New templates are created, saved ones updated.
 */
export function ContractTemplateForm({ source, placeholders, onSaved, onCancel }: Props) {
  const create = useCreateContractTemplate();
  const update = useUpdateContractTemplate();
  const editing = 'template' in source ? source.template : null;
  const mutation = editing ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const {
    values: draft,
    edit,
    errors,
    setErrors,
    errorFor,
  } = useFormState<Draft>(
    () =>
      editing
        ? { name: editing.name, clauses: toRows(editing.clauses), isDefault: editing.isDefault }
        : { name: 'name' in source ? source.name : '', clauses: toRows('clauses' in source ? source.clauses : []), isDefault: false },
    mutation,
  );
  const server = serverFieldErrors(mutation.error);
  const clauseError = (i: number, field: 'heading' | 'body') => errors[`clauses.${i}.${field}`] ?? server[`clauses.${i}.${field}`];
  const shown = ['name', 'clauses', 'isDefault', ...draft.clauses.flatMap((_, i) => [`clauses.${i}.heading`, `clauses.${i}.body`])];
  const formError = formLevelError(mutation.error, shown);

  const setClauses = (clauses: ClauseRow[]) => edit({ clauses });
  const updateClause = (key: number, patch: Partial<ContractClauseDto>) => setClauses(draft.clauses.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const move = (from: number, to: number) => {
    const clauses = [...draft.clauses];
    const [moved] = clauses.splice(from, 1);
    clauses.splice(to, 0, moved);
    setClauses(clauses);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const input = {
      name: draft.name.trim(),
      clauses: draft.clauses.map(({ heading, body }) => ({ heading: heading.trim(), body: body.trim() })),
      isDefault: draft.isDefault,
    };
    const done = { onSuccess: onSaved, onError: () => focusFirstInvalid(formRef.current) };
    if (editing) update.mutate({ id: editing.id, patch: input }, done);
    else create.mutate(input, done);
  };

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label={editing ? `Edit ${editing.name}` : 'New contract template'}>
      {formError && <Alert>{formError}</Alert>}
      <Field label="Template name" error={errorFor('name')}>
        {(control) => <input {...control} className="input" maxLength={200} value={draft.name} onChange={(e) => edit({ name: e.target.value })} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={draft.isDefault} onChange={(e) => edit({ isDefault: e.target.checked })} />
        Use for contracts that name no template (the store’s default)
      </label>
      <section className="stack stack--sm" aria-label="Clauses">
        <h3 className="section-title">Clauses</h3>
        <p className="muted small">
          In order, as they appear in the contract. Bodies may hold placeholders, filled in when a contract is written:{' '}
          {placeholders.map((p, i) => (
            <span key={p}>
              {i > 0 && ', '}
              <code>{p}</code>
            </span>
          ))}
          .
        </p>
        {errorFor('clauses') && (
          <p className="field__error" role="alert">
            {[errorFor('clauses')].flat()[0]}
          </p>
        )}
        <ol className="clause-rows">
          {draft.clauses.map((clause, i) => (
            <li key={clause.key}>
              <fieldset className="clause-row">
                <legend className="visually-hidden">Clause {i + 1}</legend>
                <Field label={`Clause ${i + 1} heading`} error={clauseError(i, 'heading')}>
                  {(control) => (
                    <input
                      {...control}
                      className="input"
                      maxLength={200}
                      value={clause.heading}
                      onChange={(e) => updateClause(clause.key, { heading: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={`Clause ${i + 1} text`} error={clauseError(i, 'body')}>
                  {(control) => (
                    <textarea
                      {...control}
                      className="textarea"
                      rows={4}
                      maxLength={20_000}
                      value={clause.body}
                      onChange={(e) => updateClause(clause.key, { body: e.target.value })}
                    />
                  )}
                </Field>
                <div className="clause-row__actions">
                  <button
                    type="button"
                    className="btn btn--ghost btn--small"
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                    aria-label={`Move clause ${i + 1} up`}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    className="btn btn--ghost btn--small"
                    disabled={i === draft.clauses.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={`Move clause ${i + 1} down`}
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    className="btn btn--ghost btn--small btn--danger-text"
                    onClick={() => setClauses(draft.clauses.filter((c) => c.key !== clause.key))}
                    aria-label={`Remove clause ${i + 1}`}
                  >
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            onClick={() => setClauses([...draft.clauses, { key: nextKey++, heading: '', body: '' }])}
          >
            Add clause
          </button>
        </div>
      </section>
      <div className="dialog__actions">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : editing ? 'Save template' : 'Create template'}
        </button>
      </div>
    </form>
  );
}
