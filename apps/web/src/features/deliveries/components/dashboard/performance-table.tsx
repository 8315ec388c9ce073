import type { CampaignPerformanceDto, PerformanceFigures, PerformanceSortKey } from '@parley/shared-types';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { PLATFORM_LABELS } from '@/features/influencers/components/labels';
import { errorMessage } from '@/lib/api-client';
import { formatInteger, formatMoney } from '@/lib/format';
import { getPerformanceCsv } from '../../api/get-performance-csv';
import { fractionToPercent } from '../../labels';
import { downloadBlob, fileSlug } from './download';

type InfluencerRow = CampaignPerformanceDto['influencers'][number];

interface Column {
  key: string;
  label: string;
  /** The API's sort key, when the column can be sorted by. */
  sort?: PerformanceSortKey;
  /** A figure as shown (the creator column is drawn on its own). */
  render: (r: PerformanceFigures) => string;
}

const percent = (rate: string | null) => {
  const p = fractionToPercent(rate);
  return p == null ? '—' : `${p}%`;
};

const creatorName = (r: Pick<InfluencerRow, 'displayName' | 'username'>) => r.displayName || `@${r.username}`;

const COLUMNS: Column[] = [
  { key: 'creator', label: 'Creator', sort: 'username', render: () => '' },
  { key: 'deliveries', label: 'Deliveries', render: (r) => formatInteger(r.deliveries) },
  { key: 'published', label: 'Published', sort: 'published', render: (r) => formatInteger(r.published) },
  { key: 'spend', label: 'Spend', sort: 'spend', render: (r) => formatMoney(r.spend) },
  { key: 'views', label: 'Views', sort: 'views', render: (r) => formatInteger(r.views) },
  { key: 'engagements', label: 'Engagements', sort: 'engagements', render: (r) => formatInteger(r.engagements) },
  { key: 'engagementRate', label: 'Eng. rate', sort: 'engagementRate', render: (r) => percent(r.engagementRate) },
  { key: 'clicks', label: 'Clicks', sort: 'clicks', render: (r) => formatInteger(r.clicks) },
  { key: 'cpe', label: 'CPE', sort: 'cpe', render: (r) => formatMoney(r.cpe) },
  { key: 'cpm', label: 'CPM', sort: 'cpm', render: (r) => formatMoney(r.cpm) },
  { key: 'cpc', label: 'CPC', sort: 'cpc', render: (r) => formatMoney(r.cpc) },
];

const COLUMN_TITLES: Record<string, string> = {
  creator: 'Sorts by username',
  engagementRate: 'Engagements per view',
  cpe: 'Cost per engagement: spend ÷ engagements',
  cpm: 'Cost per thousand views: spend ÷ views × 1,000',
  cpc: 'Cost per click: spend ÷ clicks',
};

export interface PerformanceSort {
  sort: PerformanceSortKey;
  order: 'asc' | 'desc';
}

/** The first direction of a column: names A–Z and costs cheapest first; the rest highest first. */
const firstOrder = (key: PerformanceSortKey): 'asc' | 'desc' => (['username', 'cpe', 'cpm', 'cpc'].includes(key) ? 'asc' : 'desc');

interface Props {
  campaignId: string;
  campaignName: string;
  performance: CampaignPerformanceDto;
  sort: PerformanceSort;
  onSort: (sort: PerformanceSort) => void;
  onPage: (page: number) => void;
}

/**
 * Per creator, one page at a time, sorted by the API by any figure column (nulls last); "—" where a
 * divisor is 0. "Export CSV" downloads the API's CSV of every creator in the same order, with the totals.
 */
export function PerformanceTable({ campaignId, campaignName, performance, sort, onSort, onPage }: Props) {
  const exporting = useMutation({
    mutationFn: () => getPerformanceCsv(campaignId, sort),
    onSuccess: (csv) => downloadBlob(`${fileSlug(campaignName)}-performance.csv`, csv),
  });

  const toggle = (key: PerformanceSortKey) =>
    onSort(sort.sort === key ? { sort: key, order: sort.order === 'asc' ? 'desc' : 'asc' } : { sort: key, order: firstOrder(key) });
  const sortedBy = COLUMNS.find((c) => c.sort === sort.sort);

  return (
    <section className="stack" aria-labelledby="per-creator-title">
      <div className="section-header">
        <h3 id="per-creator-title" className="section-subtitle">
          Per creator
        </h3>
        <button type="button" className="btn btn--secondary btn--small" disabled={exporting.isPending} onClick={() => exporting.mutate()}>
          {exporting.isPending ? 'Preparing…' : 'Export CSV'}
        </button>
      </div>
      {exporting.isError && <Alert title="The CSV was not exported">{errorMessage(exporting.error)}</Alert>}
      <div className="table-wrap">
        <table className="table table--compact performance-table">
          <caption className="visually-hidden">
            Performance per creator, sorted by {sortedBy?.label ?? sort.sort}, {sort.order === 'asc' ? 'ascending' : 'descending'}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={c.key === 'creator' ? undefined : 'num'}
                  aria-sort={c.sort && sort.sort === c.sort ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
                  title={COLUMN_TITLES[c.key]}
                >
                  {c.sort ? (
                    <button type="button" className="sort-button" onClick={() => toggle(c.sort!)}>
                      {c.label}
                      {sort.sort === c.sort && (
                        <span aria-hidden="true" className="sort-button__arrow">
                          {sort.order === 'asc' ? '▲' : '▼'}
                        </span>
                      )}
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {performance.influencers.map((r) => (
              <tr key={r.influencerId}>
                {COLUMNS.map((c) =>
                  c.key === 'creator' ? (
                    <th key={c.key} scope="row">
                      <span className="cell-title">{creatorName(r)}</span>
                      <span className="cell-sub">
                        @{r.username} · {PLATFORM_LABELS[r.platform] ?? r.platform}
                      </span>
                    </th>
                  ) : (
                    <td key={c.key} className="num">
                      {c.render(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              {COLUMNS.map((c) =>
                c.key === 'creator' ? (
                  <th key={c.key} scope="row">
                    Total
                  </th>
                ) : (
                  <td key={c.key} className="num">
                    {c.render(performance.totals)}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        </table>
      </div>
      <Pagination pagination={performance.influencerPagination} onPage={onPage} label="Creators pages" />
    </section>
  );
}
