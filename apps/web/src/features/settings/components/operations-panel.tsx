import type { HealthDto, PeriodicJobDto } from '@parley/shared-types';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { api } from '@/lib/api-client';
import { formatDateTime, formatDuration, formatInteger, formatRelative } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { useHealth } from '../api/get-health';

/**
 * The deployment's periodic jobs (scheduled sends, follow-ups, tracking, …) and how their last run
 * went, and the queue dashboard (operators listed in ADMIN_EMAILS only) through a single-use link.
 */
export function OperationsPanel() {
  const open = useMutation({
    mutationFn: () => api.post<{ url: string }>('/admin/ticket'),
    onSuccess: ({ url }) => window.open(url, '_blank', 'noopener'),
  });
  return (
    <section className="card stack" aria-labelledby="operations-title">
      <div>
        <h2 id="operations-title" className="section-title">
          Operations
        </h2>
        <p className="muted small">
          The queue dashboard shows every job of every store (sending, inbound mail, webhooks): it opens only for operators listed in ADMIN_EMAILS. Metrics for
          Prometheus are at /metrics.
        </p>
      </div>
      <div className="row">
        <button type="button" className="btn" onClick={() => open.mutate()} disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open the queue dashboard'}
        </button>
      </div>
      {open.isError && <Alert>{open.error.message}</Alert>}
      <PeriodicJobs />
    </section>
  );
}

/** The periodic jobs from GET /api/health, refreshed every 30 s. */
function PeriodicJobs() {
  const health = useHealth();
  // Read defensively: an API from before periodic jobs were recorded sends no list.
  const jobs = health.data?.periodicJobs ?? [];
  return (
    <section className="stack stack--sm" aria-labelledby="periodic-jobs-title">
      <div className="section-header">
        <h3 id="periodic-jobs-title" className="section-title">
          Periodic jobs
        </h3>
        {health.data && <HealthBadges health={health.data} />}
      </div>
      <p className="muted small">Work that runs on a schedule for every store, as the process that ran it last recorded it. Refreshed every 30 seconds.</p>
      {health.isPending ? (
        <RowsSkeleton label="Loading periodic jobs" rows={3} />
      ) : health.isError ? (
        <ErrorState title="Could not load the periodic jobs" error={health.error} onRetry={() => void health.refetch()} />
      ) : !jobs.length ? (
        <EmptyState level={4} title="No periodic jobs reported">
          The jobs are listed once the API or a worker has started them.
        </EmptyState>
      ) : (
        <JobsTable jobs={jobs} />
      )}
    </section>
  );
}

function HealthBadges({ health }: { health: HealthDto }) {
  return (
    <span className="row small">
      <Badge tone={health.status === 'ok' ? 'success' : 'danger'}>{health.status === 'ok' ? 'All systems up' : 'Degraded'}</Badge>
      {health.database === 'down' && <Badge tone="danger">Database down</Badge>}
      {health.redis === 'down' && <Badge tone="danger">Redis down</Badge>}
    </span>
  );
}

function JobsTable({ jobs }: { jobs: PeriodicJobDto[] }) {
  const now = useNow(30_000);
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">Periodic jobs</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Schedule</th>
            <th scope="col">Last run</th>
            <th scope="col" className="num">
              Took
            </th>
            <th scope="col" className="num">
              Items
            </th>
            <th scope="col" className="num">
              Runs
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.name}>
              <th scope="row">
                <code>{job.name}</code>
                <span className="cell-sub">{job.description}</span>
              </th>
              <td>
                <code>{job.schedule}</code>
              </td>
              <td>
                {job.lastFinishedAt ? (
                  <time dateTime={job.lastFinishedAt} title={formatDateTime(job.lastFinishedAt)}>
                    {formatRelative(job.lastFinishedAt, now)}
                  </time>
                ) : (
                  <span className="muted">Never</span>
                )}
              </td>
              <td className="num">{formatDuration(job.lastDurationMs)}</td>
              <td className="num">{job.lastItems === null ? '—' : formatInteger(job.lastItems)}</td>
              <td className="num">
                {formatInteger(job.runs)}
                {job.failures > 0 && <span className="cell-sub">{formatInteger(job.failures)} failed</span>}
              </td>
              <td>
                <JobStatus job={job} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Overdue and a failed last run can both apply; a job that never ran is neither yet. */
function JobStatus({ job }: { job: PeriodicJobDto }) {
  const healthy = !job.overdue && !job.lastError;
  return (
    <span className="stack stack--sm">
      <span className="row">
        {job.overdue && (
          <span title="Not run for more than three of its periods">
            <Badge tone="warning">Overdue</Badge>
          </span>
        )}
        {job.lastError && <Badge tone="danger">Last run failed</Badge>}
        {healthy && (job.runs > 0 ? <Badge tone="success">OK</Badge> : <Badge>Not run yet</Badge>)}
      </span>
      {job.lastError && <span className="cell-sub job-error">{job.lastError}</span>}
    </span>
  );
}
