import type { CampaignDto } from '@parley/shared-types';
import { Term } from '@/components/ui/term';
import { formatDate, formatMoney, formatPercent } from '@/lib/format';
import {
  FOLLOW_UP_WRITER_LABELS,
  describeDeliverables,
  describeFollowUpTemplates,
  describeFollowUps,
  describeList,
  describeNoResponse,
  describeSendWindow,
} from '../labels';
import { useFollowUpTemplateName } from '../use-follow-up-template-name';

/** What the campaign asks for and whom it targets, as set in the wizard or the edit form. */
export function CampaignFacts({ campaign }: { campaign: CampaignDto }) {
  const templateName = useFollowUpTemplateName();
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
        {/* Read defensively: a campaign from an API before follow-up settings has none of these. */}
        <Term label="Follow-up templates">{describeFollowUpTemplates(campaign.followUpTemplateIds ?? [], campaign.followUpDays.length, templateName)}</Term>
        {campaign.followUpWriter && <Term label="Follow-ups without a template">{FOLLOW_UP_WRITER_LABELS[campaign.followUpWriter].label}</Term>}
        {campaign.noResponseAfterDays != null && <Term label="No response">{describeNoResponse(campaign.noResponseAfterDays)}</Term>}
        <Term label="Send window">{describeSendWindow(campaign.sendWindow)}</Term>
      </dl>
    </section>
  );
}
