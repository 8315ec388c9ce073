import { addMoney, type CampaignStats } from '@parley/shared-types';
import { Skeleton } from '@/components/ui/skeleton';
import { StatTile, StatTiles } from '@/components/ui/stat-tile';
import { formatInteger, formatMoney } from '@/lib/format';
import type { CampaignList } from '../api/get-campaigns';

type CountKey = keyof Pick<CampaignStats, 'outreachSent' | 'replied' | 'interested'>;

/** Totals over the campaigns the API returned; nothing here is estimated. */
export function CampaignSummary({ list }: { list: CampaignList }) {
  const { campaigns, pagination } = list;
  const total = (key: CountKey) => formatInteger(campaigns.reduce((sum, c) => sum + c.stats[key], 0));
  const active = campaigns.filter((c) => c.status === 'active').length;
  const allocated = addMoney('0', ...campaigns.map((c) => c.stats.budgetAllocated));

  return (
    <section aria-label="Summary">
      <StatTiles label="Campaign totals">
        <StatTile label="Active campaigns" value={formatInteger(active)} hint={`of ${formatInteger(pagination.total)}`} />
        <StatTile label="Outreach sent" value={total('outreachSent')} />
        <StatTile label="Replies" value={total('replied')} />
        <StatTile label="Interested" value={total('interested')} />
        <StatTile label="Budget allocated" value={formatMoney(allocated)} />
      </StatTiles>
      {pagination.total > campaigns.length && <p className="muted small">Totals cover your {formatInteger(campaigns.length)} most recent campaigns.</p>}
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
