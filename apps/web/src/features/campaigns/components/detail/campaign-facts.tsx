import type { CampaignDto } from '@parley/shared-types';
import { Term } from '@/components/ui/term';
import { formatDate, formatMoney, formatPercent } from '@/lib/format';
import { describeDeliverables, describeFollowUps, describeList, describeSendWindow } from '../labels';

/** What the campaign asks for and whom it targets, as set in the wizard or the edit form. */
export function CampaignFacts({ campaign }: { campaign: CampaignDto }) {
  return (
    <section className="card stack" aria-labelledby="facts-title">
      <h2 id="facts-title" className="section-title">
        Brief and targeting
      </h2>
      {campaign.description && <p>{campaign.description}</p>}
      <dl className="terms">
        <Term label="Deliverables">{describeDeliverables(campaign.deliverables)}</Term>
        <Term label="Dates">
          {formatDate(campaign.startDate)} – {formatDate(campaign.endDate)}
        </Term>
        <Term label="Tiers">{describeList(campaign.targetTiers, 'All tiers')}</Term>
        <Term label="Niches">{describeList(campaign.targetNiches, 'Any niche')}</Term>
        <Term label="Minimum engagement">{formatPercent(campaign.minEngagement)}</Term>
        <Term label="Maximum rate">{formatMoney(campaign.maxRate)}</Term>
        <Term label="Follow-ups">{describeFollowUps(campaign.followUpDays)}</Term>
        <Term label="Send window">{describeSendWindow(campaign.sendWindow)}</Term>
      </dl>
    </section>
  );
}
