import type { MessageStatus, NegotiationState, OfferStatus, OutreachStatus } from '@parley/shared-types';
import { Badge } from '@/components/ui/badge';
import {
  MESSAGE_STATUS_LABELS,
  MESSAGE_STATUS_TONES,
  NEGOTIATION_STATE_LABELS,
  NEGOTIATION_STATE_TONES,
  OFFER_STATUS_LABELS,
  OFFER_STATUS_TONES,
  OUTREACH_STATUS_LABELS,
} from './labels';

/** Each outreach status has a colour of its own (styles.css), so a long list reads at a glance. */
export function OutreachStatusBadge({ status }: { status: OutreachStatus }) {
  return <span className={`badge outreach-badge outreach-badge--${status}`}>{OUTREACH_STATUS_LABELS[status]}</span>;
}

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  return <Badge tone={MESSAGE_STATUS_TONES[status]}>{MESSAGE_STATUS_LABELS[status]}</Badge>;
}

/** Where a negotiation stands: Open, Agreed or Walked away. */
export function NegotiationBadge({ state }: { state: NegotiationState }) {
  return <Badge tone={NEGOTIATION_STATE_TONES[state]}>{NEGOTIATION_STATE_LABELS[state]}</Badge>;
}

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  return <Badge tone={OFFER_STATUS_TONES[status]}>{OFFER_STATUS_LABELS[status]}</Badge>;
}
