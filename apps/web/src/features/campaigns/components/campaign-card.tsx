import type { CampaignDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { Term } from '@/components/ui/term';
import { formatInteger, formatMoney, formatPercent } from '@/lib/format';
import { BudgetBar } from './budget-bar';
import { OBJECTIVES } from './labels';
import { CampaignStatusBadge } from './status-badge';

export function CampaignCard({ campaign }: { campaign: CampaignDto }) {
  const { stats } = campaign;
  return (
    <article className="card campaign-card" aria-labelledby={`campaign-${campaign.id}`}>
      <header className="campaign-card__header">
        <h2 className="campaign-card__title" id={`campaign-${campaign.id}`}>
          <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link>
        </h2>
        <CampaignStatusBadge status={campaign.status} />
      </header>
      <p className="muted">{OBJECTIVES[campaign.objective].label}</p>
      <dl className="figures">
        <Term label="Budget">{formatMoney(stats.budget)}</Term>
        <Term label="Allocated">{formatMoney(stats.budgetAllocated)}</Term>
        <Term label="Remaining">{formatMoney(stats.budgetRemaining)}</Term>
      </dl>
      <BudgetBar stats={stats} />
      <dl className="figures">
        <Term label="Outreach sent">{formatInteger(stats.outreachSent)}</Term>
        <Term label="Response rate">{formatPercent(stats.responseRate)}</Term>
        <Term label="Influencers">{formatInteger(campaign.influencerCount)}</Term>
      </dl>
    </article>
  );
}
