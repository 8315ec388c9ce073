import { useMutation } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { api } from '@/lib/api-client';

/** Opens the queue dashboard (operators listed in ADMIN_EMAILS only) through a single-use link. */
export function OperationsPanel() {
  const open = useMutation({
    mutationFn: () => api.post<{ url: string }>('/api/admin/ticket'),
    onSuccess: ({ url }) => window.open(url, '_blank', 'noopener'),
  });
  return (
    <section className="card stack" aria-labelledby="operations-title">
      <div>
        <h2 id="operations-title" className="section-title">
          Operations
        </h2>
        <p className="muted small">The queue dashboard shows every job of every store (sending, inbound mail, webhooks): it opens only for operators listed in ADMIN_EMAILS. Metrics for Prometheus are at /metrics.</p>
      </div>
      <div className="row">
        <button type="button" className="btn" onClick={() => open.mutate()} disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open the queue dashboard'}
        </button>
      </div>
      {open.isError && <Alert>{open.error.message}</Alert>}
    </section>
  );
}
