import type { CampaignSummaryDto } from '@parley/shared-types';
import { Skeleton } from '@/components/ui/skeleton';
import { StatTile, StatTiles } from '@/components/ui/stat-tile';
import { formatInteger, formatMoney, formatPercent } from '@/lib/format';

/** Store-wide totals, summed by the API over every campaign. */
export function CampaignSummary({ summary }: { summary: CampaignSummaryDto }) {
  return (
    <section aria-label="Summary">
      <StatTiles label="Campaign totals">
        <StatTile label="Active campaigns" value={formatInteger(summary.byStatus.active)} hint={`of ${formatInteger(summary.campaigns)}`} />
        <StatTile label="Outreach sent" value={formatInteger(summary.outreachSent)} />
        <StatTile label="Replies" value={formatInteger(summary.replied)} hint={`${formatPercent(summary.responseRate)} response rate`} />
        <StatTile label="Interested" value={formatInteger(summary.interested)} />
        <StatTile label="Budget allocated" value={formatMoney(summary.budgetAllocated)} hint={`of ${formatMoney(summary.budget)}`} />
      </StatTiles>
    </section>
  );
}

export function CampaignSummarySkeleton() {
  return (
    <div className="stat-tiles" aria-hidden="true">
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="card stat-tile">
          <Skeleton width="60%" />
          <Skeleton height="1.75rem" width="40%" />
        </div>
      ))}
    </div>
  );
}
