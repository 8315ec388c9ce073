import { DEFAULT_NO_RESPONSE_AFTER_DAYS } from '@parley/shared-types';
import type { ReactNode } from 'react';
import { Term } from '@/components/ui/term';
import { formatDate, formatMoney, formatPercent } from '@/lib/format';
import {
  FOLLOW_UP_WRITER_LABELS,
  OBJECTIVES,
  describeDeliverables,
  describeFollowUpTemplates,
  describeFollowUps,
  describeList,
  describeNoResponse,
  describeSendWindow,
} from '../labels';
import { useFollowUpTemplateName } from '../use-follow-up-template-name';
import { STEPS, toCampaignInput, type CampaignDraft } from './campaign-draft';

/** The campaign exactly as it will be sent, grouped by step, each group with a way back to edit it. */
export function StepReview({ draft, onEdit }: { draft: CampaignDraft; onEdit: (step: number) => void }) {
  const input = toCampaignInput(draft);
  const templateName = useFollowUpTemplateName();
  const followUpDays = input.followUpDays ?? [];
  return (
    <div className="review">
      <ReviewGroup step={0} onEdit={onEdit}>
        <Term label="Name">{input.name}</Term>
        <Term label="Description">{input.description ?? '—'}</Term>
        <Term label="Objective">{OBJECTIVES[input.objective].label}</Term>
      </ReviewGroup>
      <ReviewGroup step={1} onEdit={onEdit}>
        <Term label="Budget">{formatMoney(input.budget)}</Term>
        <Term label="Deliverables">{describeDeliverables(input.deliverables)}</Term>
        <Term label="Dates">
          {formatDate(input.startDate)} – {formatDate(input.endDate)}
        </Term>
      </ReviewGroup>
      <ReviewGroup step={2} onEdit={onEdit}>
        <Term label="Tiers">{describeList(input.targetTiers, 'All tiers')}</Term>
        <Term label="Niches">{describeList(input.targetNiches, 'Any niche')}</Term>
        <Term label="Minimum engagement">{formatPercent(input.minEngagement)}</Term>
        <Term label="Maximum rate">{formatMoney(input.maxRate)}</Term>
        <Term label="Follow-ups">{describeFollowUps(followUpDays)}</Term>
        <Term label="Follow-up templates">{describeFollowUpTemplates(input.followUpTemplateIds ?? [], followUpDays.length, templateName)}</Term>
        <Term label="Follow-ups without a template">{FOLLOW_UP_WRITER_LABELS[input.followUpWriter ?? 'templates'].label}</Term>
        <Term label="No response">{describeNoResponse(input.noResponseAfterDays ?? DEFAULT_NO_RESPONSE_AFTER_DAYS)}</Term>
        <Term label="Send window">{describeSendWindow(input.sendWindow)}</Term>
      </ReviewGroup>
    </div>
  );
}

function ReviewGroup({ step, onEdit, children }: { step: number; onEdit: (step: number) => void; children: ReactNode }) {
  const title = STEPS[step].title;
  return (
    <section className="review__group" aria-label={title}>
      <header className="review__header">
        <h3 className="section-title">{title}</h3>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => onEdit(step)} aria-label={`Edit ${title.toLowerCase()}`}>
          Edit
        </button>
      </header>
      <dl className="terms">{children}</dl>
    </section>
  );
}
