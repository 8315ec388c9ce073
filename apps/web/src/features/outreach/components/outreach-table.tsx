import type { OutreachDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { formatDateTime } from '@/lib/format';
import { creatorName } from './creator-name';
import { statusReasonText } from './labels';
import { NegotiationBadge, OutreachStatusBadge } from './status-badge';

interface Props {
  outreach: OutreachDto[];
  /** Campaign names by id, for the campaign column. */
  campaignNames: ReadonlyMap<string, string>;
}

/** What the "When" column shows: when it went, or when it will. */
function when(o: OutreachDto): string {
  if (o.sentAt) return formatDateTime(o.sentAt);
  if (o.scheduledFor) return `Scheduled for ${formatDateTime(o.scheduledFor)}`;
  return 'Not sent';
}

/** What the creator did with it, most telling first. */
function activity(o: OutreachDto): string {
  const done = [o.repliedAt && 'Replied', o.clickedAt && 'Clicked', o.openedAt && 'Opened'].filter(Boolean);
  return done.length ? done.join(' · ') : '—';
}

/** One row per outreach; the creator opens its thread. */
export function OutreachTable({ outreach, campaignNames }: Props) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Outreach</caption>
        <thead>
          <tr>
            <th scope="col">Creator</th>
            <th scope="col">Subject</th>
            <th scope="col">Channel</th>
            <th scope="col">Campaign</th>
            <th scope="col">Status</th>
            <th scope="col">When</th>
            <th scope="col">Activity</th>
          </tr>
        </thead>
        <tbody>
          {outreach.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <Link className="cell-title" to={`/outreach/${o.id}`} aria-label={`Thread with ${creatorName(o.influencer)}`}>
                  {o.influencer ? `@${o.influencer.username}` : creatorName(null)}
                </Link>
                {o.influencer?.displayName && <span className="cell-sub">{o.influencer.displayName}</span>}
              </th>
              <td className="outreach-table__subject">{o.subject ?? <span className="muted">No subject</span>}</td>
              <td>{CHANNEL_LABELS[o.channel]}</td>
              <td>{o.campaignId ? (campaignNames.get(o.campaignId) ?? 'Campaign') : <span className="muted">None</span>}</td>
              <td>
                <OutreachStatusBadge status={o.status} />
                {o.statusReason && <span className="cell-sub small">{statusReasonText(o)}</span>}
                {o.negotiationState && (
                  <span className="cell-sub small">
                    Negotiation <NegotiationBadge state={o.negotiationState} />
                  </span>
                )}
              </td>
              <td>{when(o)}</td>
              <td className="small">{activity(o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
