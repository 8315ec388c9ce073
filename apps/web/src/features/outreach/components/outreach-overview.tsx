import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useCampaigns } from '@/features/campaigns/api/get-campaigns';
import { isChannel } from '@/features/templates/components/labels';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useOutreachList, type OutreachFilters as Filters } from '../api/get-outreach-list';
import { BulkProgress } from './bulk/bulk-progress';
import { FILTER_KEYS, OutreachFilters, type FilterValues } from './outreach-filters';
import { isOutreachStatus, isUuid } from './labels';
import { OutreachTable } from './outreach-table';

const PER_PAGE = 25;

/** URL values as API filters; malformed ones (a hand-edited URL) are dropped rather than sent. */
function toFilters(values: FilterValues, page: number): Filters {
  return {
    perPage: PER_PAGE,
    ...(values.q.trim() && { q: values.q.trim() }),
    ...(isOutreachStatus(values.status) && { status: values.status }),
    ...(isChannel(values.channel) && { channel: values.channel }),
    ...(isUuid(values.campaignId) && { campaignId: values.campaignId }),
    ...(isUuid(values.bulkId) && { bulkId: values.bulkId }),
    ...(isUuid(values.influencerId) && { influencerId: values.influencerId }),
    ...(page > 1 && { page }),
  };
}

export function OutreachOverview() {
  const { values, page, setFilters, setPage } = useUrlFilters(FILTER_KEYS);
  const filters = toFilters(values, page);
  const list = useOutreachList(filters);
  const campaigns = useCampaigns({ perPage: 100 });
  const campaignNames = new Map(campaigns.data?.campaigns.map((c) => [c.id, c.name]));
  const filtered = Object.keys(filters).some((key) => key !== 'page' && key !== 'perPage');

  return (
    <>
      <PageHeader title="Outreach" description="Every message sent to creators, newest first. Open one to read its thread and see what happened to it." />
      <OutreachFilters key={JSON.stringify(values)} values={values} onApply={setFilters} />

      {filters.bulkId && (
        <section className="card stack" aria-labelledby="bulk-view-title">
          <div className="section-header">
            <h2 id="bulk-view-title" className="section-title">
              One bulk send
            </h2>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => setFilters({ bulkId: '' })}>
              Show all outreach
            </button>
          </div>
          <BulkProgress bulkId={filters.bulkId} />
        </section>
      )}
      {filters.influencerId && (
        <p className="row small">
          <span className="muted">Showing one creator’s outreach.</span>
          <button type="button" className="btn btn--ghost btn--small" onClick={() => setFilters({ influencerId: '' })}>
            Show everyone
          </button>
        </p>
      )}

      <section aria-label="Outreach list" aria-busy={list.isFetching} className="stack">
        <OutreachResults query={list} filtered={filtered} campaignNames={campaignNames} onPage={setPage} />
      </section>
    </>
  );
}

interface ResultsProps {
  query: ReturnType<typeof useOutreachList>;
  filtered: boolean;
  campaignNames: ReadonlyMap<string, string>;
  onPage: (page: number) => void;
}

function OutreachResults({ query, filtered, campaignNames, onPage }: ResultsProps) {
  if (query.isPending) return <RowsSkeleton label="Loading outreach" rows={5} />;
  if (query.isError) return <ErrorState title="Could not load outreach" error={query.error} onRetry={() => void query.refetch()} />;

  const { outreach, pagination } = query.data;
  if (!outreach.length && filtered) {
    return <EmptyState title="No outreach matches these filters">Try fewer or different filters.</EmptyState>;
  }
  if (!outreach.length) {
    return (
      <EmptyState
        title="No outreach yet"
        action={
          <div className="row">
            <Link className="btn btn--primary" to="/influencers">
              Go to influencers
            </Link>
            <Link className="btn btn--secondary" to="/campaigns">
              Go to campaigns
            </Link>
          </div>
        }
      >
        To send a message, choose Send on a creator’s row in Influencers, or open a campaign, select its members and send to them all at once. Each message
        shows up here with its status.
      </EmptyState>
    );
  }
  return (
    <>
      <OutreachTable outreach={outreach} campaignNames={campaignNames} />
      <Pagination label="Outreach pages" pagination={pagination} onPage={onPage} />
    </>
  );
}
