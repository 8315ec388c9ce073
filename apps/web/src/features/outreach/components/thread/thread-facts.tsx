import type { OutreachDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { Term } from '@/components/ui/term';
import { useCampaign } from '@/features/campaigns/api/get-campaign';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { formatDateTime } from '@/lib/format';
import { OUTREACH_STATUS_LABELS, statusReasonText } from '../labels';

/** Who it went to, in which campaign and channel, and when it was sent, opened and clicked. */
export function ThreadFacts({ outreach: o }: { outreach: OutreachDto }) {
  return (
    <section className="card stack" aria-labelledby="facts-title">
      <h2 id="facts-title" className="section-title">
        Details
      </h2>
      <dl className="terms">
        <Term label="Creator">
          {o.influencer ? (
            <>
              @{o.influencer.username} <span className="muted capitalize">({o.influencer.platform})</span>
              {o.influencer.displayName && <span className="cell-sub">{o.influencer.displayName}</span>}
              {o.influencer.email && <span className="cell-sub">{o.influencer.email}</span>}
            </>
          ) : (
            <span className="muted">Deleted from your list</span>
          )}
        </Term>
        <Term label="Campaign">{o.campaignId ? <CampaignLink id={o.campaignId} /> : <span className="muted">None</span>}</Term>
        <Term label="Channel">{CHANNEL_LABELS[o.channel]}</Term>
        <Term label="Status">
          {OUTREACH_STATUS_LABELS[o.status]}
          {o.statusReason && <span className="muted"> · {statusReasonText(o)}</span>}
        </Term>
        {o.scheduledFor && !o.sentAt && <Term label="Scheduled for">{formatDateTime(o.scheduledFor)}</Term>}
        <Term label="Sent">{formatDateTime(o.sentAt)}</Term>
        <Term label="Opened">{formatDateTime(o.openedAt)}</Term>
        <Term label="Clicked">{formatDateTime(o.clickedAt)}</Term>
        {o.repliedAt && <Term label="Replied">{formatDateTime(o.repliedAt)}</Term>}
      </dl>
    </section>
  );
}

/** The campaign's name once loaded; a plain link meanwhile or if it cannot be read. */
function CampaignLink({ id }: { id: string }) {
  const campaign = useCampaign(id);
  return <Link to={`/campaigns/${id}`}>{campaign.data?.name ?? 'Open campaign'}</Link>;
}
