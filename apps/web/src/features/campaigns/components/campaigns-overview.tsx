import { CAMPAIGN_STATUSES, type CampaignStatus } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { Field } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useCampaignSummary } from '../api/get-campaign-summary';
import { useCampaigns, type CampaignFilters } from '../api/get-campaigns';
import { CampaignCard } from './campaign-card';
import { CampaignSummary, CampaignSummarySkeleton } from './campaign-summary';
import { STATUS_LABELS } from './labels';

/** A grid of three or four columns fills evenly. */
const PER_PAGE = 24;

const isStatus = (value: string): value is CampaignStatus => (CAMPAIGN_STATUSES as readonly string[]).includes(value);

export function CampaignsOverview() {
  const { values, page, setFilters, setPage } = useUrlFilters(['status']);
  const status = isStatus(values.status) ? values.status : undefined;

  const summary = useCampaignSummary();
  const filters: CampaignFilters = { perPage: PER_PAGE, ...(status && { status }), ...(page > 1 && { page }) };
  const list = useCampaigns(filters);

  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Plan creator campaigns and follow their outreach."
        actions={
          <Link className="btn btn--primary" to="/campaigns/new">
            New campaign
          </Link>
        }
      />

      {summary.isPending ? <CampaignSummarySkeleton /> : summary.data && <CampaignSummary summary={summary.data} />}

      <div className="toolbar">
        <Field label="Status" className="field--inline">
          {(control) => (
            <select {...control} className="select" value={status ?? ''} onChange={(e) => setFilters({ status: e.target.value })}>
              <option value="">All statuses</option>
              {CAMPAIGN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <section aria-label="Campaign list" aria-busy={list.isFetching}>
        <CampaignResults query={list} status={status} onShowAll={() => setFilters({ status: '' })} onPage={setPage} />
      </section>
    </>
  );
}

interface ResultsProps {
  query: ReturnType<typeof useCampaigns>;
  status: CampaignStatus | undefined;
  onShowAll: () => void;
  onPage: (page: number) => void;
}

function CampaignResults({ query, status, onShowAll, onPage }: ResultsProps) {
  if (query.isPending) return <CampaignGridSkeleton />;
  if (query.isError) return <ErrorState title="Could not load campaigns" error={query.error} onRetry={() => void query.refetch()} />;

  const { campaigns, pagination } = query.data;
  if (campaigns.length === 0 && status) {
    return (
      <EmptyState
        title={`No ${STATUS_LABELS[status].toLowerCase()} campaigns`}
        action={
          <button type="button" className="btn btn--secondary" onClick={onShowAll}>
            Show all campaigns
          </button>
        }
      />
    );
  }
  if (campaigns.length === 0) {
    return (
      <EmptyState
        title="No campaigns yet"
        action={
          <Link className="btn btn--primary" to="/campaigns/new">
            Create your first campaign
          </Link>
        }
      >
        A campaign sets a budget, the content you want and the creators to reach.
      </EmptyState>
    );
  }
  return (
    <>
      <div className="card-grid">
        {campaigns.map((campaign) => (
          <CampaignCard key={campaign.id} campaign={campaign} />
        ))}
      </div>
      <Pagination label="Campaign pages" pagination={pagination} onPage={onPage} />
    </>
  );
}

function CampaignGridSkeleton() {
  return (
    <div className="card-grid" role="status" aria-label="Loading campaigns">
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="card campaign-card">
          <Skeleton height="1.25rem" width="70%" />
          <Skeleton width="30%" />
          <Skeleton height="3rem" />
          <Skeleton height="0.5rem" />
          <Skeleton height="3rem" />
        </div>
      ))}
    </div>
  );
}
