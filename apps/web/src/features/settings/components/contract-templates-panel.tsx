import type { ContractTemplateDto } from '@parley/shared-types';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { StatusMessage } from '@/components/ui/status-message';
import { useDeleteContractTemplate } from '@/features/contracts/api/delete-contract-template';
import { useContractTemplates, type ContractTemplates } from '@/features/contracts/api/get-contract-templates';
import { ContractClauses } from '@/features/contracts/components/detail/contract-terms';
import { errorMessage } from '@/lib/api-client';
import { formatDate, formatInteger } from '@/lib/format';
import { ContractTemplateForm, type TemplateFormSource } from './contract-template-form';

/** A blank template starts with one empty clause to fill in. */
const BLANK: TemplateFormSource = { name: '', clauses: [{ heading: '', body: '' }] };

/**
 * The agreements contracts are written from: the store's own templates (one may be the default),
 * Parley's built-in agreement to start from, and the placeholders clause bodies may hold.
 */
export function ContractTemplatesPanel() {
  const query = useContractTemplates();
  const remove = useDeleteContractTemplate();
  const [editing, setEditing] = useState<TemplateFormSource | null>(null);
  // Re-keys the form, so opening it again (or from another source) starts from that source.
  const [formKey, setFormKey] = useState(0);
  const [deleting, setDeleting] = useState<ContractTemplateDto | null>(null);
  // What the last save or delete did, until the next one.
  const [status, setStatus] = useState('');

  const open = (source: TemplateFormSource) => {
    setFormKey((k) => k + 1);
    setEditing(source);
    setStatus('');
  };

  const confirmDelete = () =>
    deleting &&
    remove.mutate(deleting.id, {
      onSuccess: () => setStatus(`Deleted “${deleting.name}”. Contracts written from it keep their clauses.`),
      // Closed either way: a failure shows in the panel, where the dialog would hide it.
      onSettled: () => setDeleting(null),
    });

  return (
    <section id="contract-templates" className="card stack" aria-labelledby="contract-templates-title">
      <div className="section-header">
        <div>
          <h2 id="contract-templates-title" className="section-title">
            Contract templates
          </h2>
          <p className="muted small">
            The clauses of the agreements you send creators. A contract uses the template chosen for it, else your default, else Parley’s agreement. Editing a
            template leaves contracts already written alone.
          </p>
        </div>
        <button type="button" className="btn btn--primary" onClick={() => open(BLANK)} disabled={!query.data}>
          New template
        </button>
      </div>
      {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
      <StatusMessage>{status}</StatusMessage>
      {query.isPending ? (
        <RowsSkeleton label="Loading contract templates" rows={3} />
      ) : query.isError ? (
        <ErrorState title="Could not load contract templates" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {query.data.contractTemplates.length ? (
            <TemplatesTable templates={query.data.contractTemplates} onEdit={(template) => open({ template })} onDelete={setDeleting} />
          ) : (
            <EmptyState level={3} title="No templates of your own yet">
              Contracts use Parley’s agreement below until you add one. Start from it, or from a blank template.
            </EmptyState>
          )}
          <BuiltIn data={query.data} onCopy={() => open({ name: `${query.data.builtIn.name} (copy)`, clauses: query.data.builtIn.clauses })} />
        </>
      )}
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing && 'template' in editing ? `Edit “${editing.template.name}”` : 'New contract template'}
        wide
      >
        {editing && (
          <ContractTemplateForm
            key={formKey}
            source={editing}
            placeholders={query.data?.placeholders ?? []}
            onSaved={(saved) => {
              setEditing(null);
              setStatus(`Saved “${saved.name}”${saved.isDefault ? ', your default template' : ''}.`);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this contract template?"
        confirmLabel="Delete template"
        danger
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>
          “{deleting?.name}” is deleted. Contracts already written from it keep their clauses
          {deleting?.isDefault ? '; new ones use Parley’s agreement until you choose another default' : ''}. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function TemplatesTable({
  templates,
  onEdit,
  onDelete,
}: {
  templates: ContractTemplateDto[];
  onEdit: (template: ContractTemplateDto) => void;
  onDelete: (template: ContractTemplateDto) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Your contract templates</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" className="num">
              Clauses
            </th>
            <th scope="col">Updated</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((t) => (
            <tr key={t.id}>
              <th scope="row">
                <span className="row">
                  {t.name}
                  {t.isDefault && <Badge tone="accent">Default</Badge>}
                </span>
              </th>
              <td className="num">{formatInteger(t.clauses.length)}</td>
              <td>{formatDate(t.updatedAt)}</td>
              <td className="actions">
                <button type="button" className="btn btn--ghost btn--small" onClick={() => onEdit(t)} aria-label={`Edit ${t.name}`}>
                  Edit
                </button>
                <button type="button" className="btn btn--ghost btn--small btn--danger-text" onClick={() => onDelete(t)} aria-label={`Delete ${t.name}`}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Parley's own agreement, read-only, to copy into a template of one's own; and the placeholders as help. */
function BuiltIn({ data, onCopy }: { data: ContractTemplates; onCopy: () => void }) {
  return (
    <div className="stack">
      <section className="stack stack--sm" aria-labelledby="builtin-agreement-title">
        <div className="section-header">
          <h3 id="builtin-agreement-title" className="section-title">
            Parley’s agreement: {data.builtIn.name}
          </h3>
          <button type="button" className="btn btn--secondary btn--small" onClick={onCopy}>
            Use as starting point
          </button>
        </div>
        <details>
          <summary>
            Read its {formatInteger(data.builtIn.clauses.length)} {data.builtIn.clauses.length === 1 ? 'clause' : 'clauses'}
          </summary>
          <ContractClauses clauses={data.builtIn.clauses} level={4} />
        </details>
      </section>
      <section className="stack stack--sm" aria-labelledby="placeholders-title">
        <h3 id="placeholders-title" className="section-title">
          Placeholders
        </h3>
        <p className="muted small">
          Write these in a clause’s text; each contract fills them in with its own terms (the creator’s name, the compensation, the dates, …).
        </p>
        <ul className="placeholders" aria-label="Placeholders">
          {data.placeholders.map((p) => (
            <li key={p} className="chip">
              <code>{p}</code>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
