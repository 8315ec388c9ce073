import type { ApiKeyDto, CreatedApiKeyDto } from '@parley/shared-types';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { Field } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { errorMessage } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { serverFieldErrors } from '@/lib/forms';
import { useCreateApiKey } from '../api/create-api-key';
import { useApiKeys } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';

export function ApiKeysPanel() {
  const [page, setPage] = useState(1);
  const keys = useApiKeys(page > 1 ? { page } : {});
  const revoke = useRevokeApiKey();
  const [revoking, setRevoking] = useState<ApiKeyDto | null>(null);

  return (
    <section className="card stack" aria-labelledby="api-keys-title">
      <div>
        <h2 id="api-keys-title" className="section-title">
          API keys
        </h2>
        <p className="muted small">
          For integrations: send a key as <code>Authorization: Bearer &lt;key&gt;</code>. It acts for this store with full access.
        </p>
      </div>
      <CreateKeyForm />
      {revoke.isError && <Alert>{errorMessage(revoke.error)}</Alert>}
      <KeysList query={keys} onRevoke={setRevoking} onPage={setPage} />
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke API key?"
        confirmLabel="Revoke key"
        danger
        busy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) })}
        onCancel={() => setRevoking(null)}
      >
        <p>Integrations using “{revoking?.name}” stop working at once. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}

function CreateKeyForm() {
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [created, setCreated] = useState<CreatedApiKeyDto | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!name.trim());
    if (!name.trim()) return;
    create.mutate(name.trim(), {
      onSuccess: (key) => {
        setCreated(key);
        setName('');
      },
    });
  };

  const nameError = missing ? 'Name the key after the integration that will use it.' : serverFieldErrors(create.error).name;

  return (
    <div className="stack">
      <form className="inline-form" onSubmit={onSubmit} noValidate aria-label="Create API key">
        <Field label="Key name" error={nameError}>
          {(control) => <input {...control} className="input" placeholder="e.g. Zapier" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
      </form>
      {create.isError && !nameError && <Alert>{errorMessage(create.error)}</Alert>}
      {created && (
        <Alert tone="success" title={`Key “${created.name}” created`}>
          <p>Copy it now: it is shown only once and cannot be retrieved later.</p>
          <div className="secret">
            <code className="secret__value" aria-label="New API key">
              {created.key}
            </code>
            <CopyButton text={created.key} what="the key" />
          </div>
          <button type="button" className="btn btn--ghost btn--small" onClick={() => setCreated(null)}>
            I have stored it, hide the key
          </button>
        </Alert>
      )}
    </div>
  );
}

interface KeysListProps {
  query: ReturnType<typeof useApiKeys>;
  onRevoke: (key: ApiKeyDto) => void;
  onPage: (page: number) => void;
}

function KeysList({ query, onRevoke, onPage }: KeysListProps) {
  if (query.isPending) return <RowsSkeleton label="Loading API keys" rows={2} />;
  if (query.isError) return <ErrorState title="Could not load API keys" error={query.error} onRetry={() => void query.refetch()} />;
  const { apiKeys, pagination } = query.data;
  if (!apiKeys.length) return <EmptyState title="No API keys yet">Create one above when an integration needs access.</EmptyState>;
  return (
    <>
      <KeysTable keys={apiKeys} onRevoke={onRevoke} />
      <Pagination label="API key pages" pagination={pagination} onPage={onPage} />
    </>
  );
}

function KeysTable({ keys, onRevoke }: { keys: ApiKeyDto[]; onRevoke: (key: ApiKeyDto) => void }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">API keys</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id}>
              <th scope="row">{key.name}</th>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{formatDate(key.createdAt)}</td>
              <td>{key.lastUsedAt ? formatDate(key.lastUsedAt) : 'Never'}</td>
              <td>{key.revokedAt ? <Badge>Revoked</Badge> : <Badge tone="success">Active</Badge>}</td>
              <td className="actions">
                {!key.revokedAt && (
                  <button type="button" className="btn btn--ghost btn--small btn--danger-text" onClick={() => onRevoke(key)} aria-label={`Revoke ${key.name}`}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
