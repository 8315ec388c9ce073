import { OUTREACH_STATUSES, type OutreachStatus } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { formatInteger } from '@/lib/format';
import { useOutreachList } from '../api/get-outreach-list';
import { OutreachStatusBadge } from './status-badge';

/** One page at the API's maximum: a campaign's latest 100 are counted, which is plenty for a glance. */
const COUNTED = 100;

/** A campaign's outreach counted by status, each count leading to that slice of the outreach list. */
export function OutreachBreakdown({ campaignId }: { campaignId: string }) {
  const list = useOutreachList({ campaignId, perPage: COUNTED });
  const counts = new Map<OutreachStatus, number>();
  for (const o of list.data?.outreach ?? []) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  const total = list.data?.pagination.total ?? 0;

  return (
    <section className="card stack" aria-labelledby="outreach-breakdown-title" aria-busy={list.isFetching}>
      <div className="section-header">
        <h2 id="outreach-breakdown-title" className="section-title">
          Outreach by status
        </h2>
        {total > 0 && (
          <Link className="btn btn--ghost btn--small" to={`/outreach?campaignId=${campaignId}`}>
            View all outreach
          </Link>
        )}
      </div>
      {list.isPending ? (
        <RowsSkeleton label="Loading outreach" rows={1} />
      ) : list.isError ? (
        <ErrorState title="Could not load outreach" error={list.error} onRetry={() => void list.refetch()} />
      ) : total === 0 ? (
        <p className="muted small">Nothing sent yet: select members below and send, or use Send on one of them.</p>
      ) : (
        <>
          <ul className="status-counts">
            {OUTREACH_STATUSES.filter((s) => counts.has(s)).map((status) => (
              <li key={status}>
                <Link className="status-counts__item" to={`/outreach?campaignId=${campaignId}&status=${status}`}>
                  <OutreachStatusBadge status={status} />
                  <span className="status-counts__value">{formatInteger(counts.get(status) ?? 0)}</span>
                </Link>
              </li>
            ))}
          </ul>
          {total > COUNTED && (
            <p className="muted small">
              Counted over the latest {formatInteger(COUNTED)} of {formatInteger(total)}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
