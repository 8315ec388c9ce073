import type { CampaignPerformanceDto } from '@parley/shared-types';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { Skeleton } from '@/components/ui/skeleton';
import { StatTile, StatTiles } from '@/components/ui/stat-tile';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { PLATFORM_LABELS } from '@/features/influencers/components/labels';
import { formatInteger, formatMoney } from '@/lib/format';
import { usePerformance } from '../../api/get-performance';
import { fractionToPercent } from '../../labels';
import { PerformanceTable, type PerformanceSort } from './performance-table';

/** The API's own default: spend, highest first. */
const DEFAULT_SORT: PerformanceSort = { sort: 'spend', order: 'desc' };
import '../../deliveries.css';

const PerformanceCharts = lazy(() => import('./performance-charts'));

/**
 * The campaign dashboard: headline figures, the funnel, spend against budget and engagements over
 * time as charts, and the per-creator table (sortable, exported as CSV). Every figure is the API's,
 * computed from rows; figures typed in and imported are counted apart.
 */
export function CampaignPerformance({ campaignId, campaignName }: { campaignId: string; campaignName: string }) {
  const [sort, setSort] = useState<PerformanceSort>(DEFAULT_SORT);
  const [page, setPage] = useState(1);
  // The API's default order needs no parameters.
  const query = sort.sort === DEFAULT_SORT.sort && sort.order === DEFAULT_SORT.order ? {} : { sort: sort.sort, order: sort.order };
  const performance = usePerformance(campaignId, page > 1 ? { ...query, page } : query);
  return (
    <section id="performance" className="stack" aria-labelledby="performance-title" aria-busy={performance.isFetching}>
      <div className="section-header">
        <h2 id="performance-title" className="section-title">
          Performance
        </h2>
        <Link className="btn btn--secondary btn--small" to={`/campaigns/${campaignId}/deliveries`}>
          Deliveries board
        </Link>
      </div>
      {performance.isPending ? (
        <DashboardSkeleton />
      ) : performance.isError ? (
        <ErrorState title="Could not load the performance" error={performance.error} onRetry={() => void performance.refetch()} />
      ) : (
        <Dashboard
          performance={performance.data}
          campaignId={campaignId}
          campaignName={campaignName}
          sort={sort}
          onSort={(next) => {
            setSort(next);
            setPage(1);
          }}
          onPage={setPage}
        />
      )}
    </section>
  );
}

interface DashboardProps {
  performance: CampaignPerformanceDto;
  campaignId: string;
  campaignName: string;
  sort: PerformanceSort;
  onSort: (sort: PerformanceSort) => void;
  onPage: (page: number) => void;
}

function Dashboard({ performance: p, campaignId, campaignName, sort, onSort, onPage }: DashboardProps) {
  const { totals, metricsSources } = p;
  const rate = fractionToPercent(totals.engagementRate);
  return (
    <>
      <StatTiles label="Performance figures">
        <StatTile label="Spend" value={formatMoney(totals.spend)} hint={`of ${formatMoney(p.budget)} budget`} />
        <StatTile label="Views" value={formatInteger(totals.views)} />
        <StatTile label="Engagements" value={formatInteger(totals.engagements)} hint={rate == null ? 'rate —' : `rate ${rate}%`} />
        <StatTile label="Clicks" value={formatInteger(totals.clicks)} />
        <StatTile label="CPE" value={formatMoney(totals.cpe)} hint="per engagement" />
        <StatTile label="CPM" value={formatMoney(totals.cpm)} hint="per 1,000 views" />
        <StatTile label="CPC" value={formatMoney(totals.cpc)} hint="per click" />
        <StatTile label="Published" value={`${formatInteger(totals.published)} of ${formatInteger(totals.deliveries)}`} hint="deliveries" />
      </StatTiles>
      <p className="performance-notes small">
        <span>
          Figures: {formatInteger(metricsSources.manual)} typed, {formatInteger(metricsSources.import)} imported.
        </span>
        {p.overdue > 0 ? (
          <Link to={`/campaigns/${campaignId}/deliveries`} className="performance-notes__overdue">
            {formatInteger(p.overdue)} overdue {p.overdue === 1 ? 'delivery' : 'deliveries'}
          </Link>
        ) : (
          <span>No overdue deliveries.</span>
        )}
        <span className="muted">— means a division by zero (no views, engagements or clicks yet).</span>
      </p>
      <Suspense fallback={<ChartsSkeleton />}>
        <PerformanceCharts performance={p} />
      </Suspense>
      {p.influencerPagination.total === 0 ? (
        <EmptyState title="No signed contracts yet" level={3}>
          Once a creator signs, their deliveries, spend and figures show here per creator.
        </EmptyState>
      ) : (
        <div className="card stack">
          <PerformanceTable campaignId={campaignId} campaignName={campaignName} performance={p} sort={sort} onSort={onSort} onPage={onPage} />
          {p.platforms.length > 1 && <PlatformTable platforms={p.platforms} />}
        </div>
      )}
    </>
  );
}

function PlatformTable({ platforms }: { platforms: CampaignPerformanceDto['platforms'] }) {
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption>Per platform</caption>
        <thead>
          <tr>
            <th scope="col">Platform</th>
            <th scope="col" className="num">
              Spend
            </th>
            <th scope="col" className="num">
              Views
            </th>
            <th scope="col" className="num">
              Engagements
            </th>
            <th scope="col" className="num">
              CPE
            </th>
          </tr>
        </thead>
        <tbody>
          {platforms.map((p) => (
            <tr key={p.platform}>
              <th scope="row">{PLATFORM_LABELS[p.platform] ?? p.platform}</th>
              <td className="num">{formatMoney(p.spend)}</td>
              <td className="num">{formatInteger(p.views)}</td>
              <td className="num">{formatInteger(p.engagements)}</td>
              <td className="num">{formatMoney(p.cpe)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChartBlocks() {
  return (
    <div className="charts">
      <Skeleton height="250px" />
      <Skeleton height="140px" />
      <Skeleton height="260px" />
    </div>
  );
}

function ChartsSkeleton() {
  return (
    <div role="status" aria-label="Loading the charts">
      <ChartBlocks />
    </div>
  );
}

function DashboardSkeleton() {
  return (
    <div className="stack" role="status" aria-label="Loading the performance">
      <Skeleton height="5rem" />
      <ChartBlocks />
    </div>
  );
}
