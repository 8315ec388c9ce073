import type { MessageStatus, OutreachStatus } from '@parley/shared-types';
import { Badge } from '@/components/ui/badge';
import { MESSAGE_STATUS_LABELS, MESSAGE_STATUS_TONES, OUTREACH_STATUS_LABELS } from './labels';

/** Each outreach status has a colour of its own (styles.css), so a long list reads at a glance. */
export function OutreachStatusBadge({ status }: { status: OutreachStatus }) {
  return <span className={`badge outreach-badge outreach-badge--${status}`}>{OUTREACH_STATUS_LABELS[status]}</span>;
}

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  return <Badge tone={MESSAGE_STATUS_TONES[status]}>{MESSAGE_STATUS_LABELS[status]}</Badge>;
}
