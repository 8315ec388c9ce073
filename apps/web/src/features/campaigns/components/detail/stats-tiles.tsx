import type { CampaignStats } from '@parley/shared-types';
import { StatTile, StatTiles } from '@/components/ui/stat-tile';
import { formatInteger, formatPercent } from '@/lib/format';

export function CampaignStatsTiles({ stats }: { stats: CampaignStats }) {
  return (
    <StatTiles label="Campaign statistics">
      <StatTile label="Outreach sent" value={formatInteger(stats.outreachSent)} />
      <StatTile label="Open rate" value={formatPercent(stats.openRate)} />
      <StatTile label="Response rate" value={formatPercent(stats.responseRate)} />
      <StatTile label="Interested" value={formatInteger(stats.interested)} />
      <StatTile label="Declined" value={formatInteger(stats.declined)} />
      <StatTile label="Contracts" value={formatInteger(stats.contracts)} />
      <StatTile label="Published" value={formatInteger(stats.deliveriesPublished)} hint="deliveries" />
    </StatTiles>
  );
}
