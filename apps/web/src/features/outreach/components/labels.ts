import {
  ASSIST_REASONS,
  OUTREACH_STATUSES,
  type AssistReason,
  type Channel,
  type CompensationType,
  type FollowUpPlanDto,
  type FollowUpRefusal,
  type MessageKind,
  type MessageStatus,
  type NegotiationState,
  type OfferFlag,
  type OfferParty,
  type OfferStatus,
  type OutreachDto,
  type OutreachEventType,
  type OutreachStatus,
  type SkipReason,
  type ThreadMessageDto,
} from '@parley/shared-types';
import type { BadgeTone } from '@/components/ui/badge';
import { SERVICE_NAMES } from '@/features/templates/components/labels';

export const OUTREACH_STATUS_LABELS: Record<OutreachStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  queued: 'Queued',
  ready_to_send: 'Ready to send',
  sent: 'Sent',
  opened: 'Opened',
  replied: 'Replied',
  interested: 'Interested',
  declined: 'Declined',
  no_response: 'No response',
  bounced: 'Bounced',
  failed: 'Failed',
  unsubscribed: 'Unsubscribed',
  cancelled: 'Cancelled',
};

/** Statuses whose message has not gone yet: the only ones that can be cancelled. */
const AWAITING_SEND: ReadonlySet<OutreachStatus> = new Set(['scheduled', 'queued', 'ready_to_send']);
export const isAwaitingSend = (status: OutreachStatus): boolean => AWAITING_SEND.has(status);

export const isOutreachStatus = (value: string): value is OutreachStatus => (OUTREACH_STATUSES as readonly string[]).includes(value);

/** Ids in a hand-edited URL are dropped unless they look like one, rather than sent for a 422. */
export const isUuid = (value: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const MESSAGE_STATUS_LABELS: Record<MessageStatus, string> = {
  scheduled: 'Scheduled',
  queued: 'Queued',
  sending: 'Sending',
  ready_to_send: 'Ready to send',
  sent: 'Sent',
  failed: 'Failed',
  bounced: 'Bounced',
  cancelled: 'Cancelled',
  received: 'Received',
};

export const MESSAGE_STATUS_TONES: Record<MessageStatus, BadgeTone> = {
  scheduled: 'info',
  queued: 'neutral',
  sending: 'info',
  // A person has to act on it, so it stands out from the messages that are just waiting.
  ready_to_send: 'warning',
  sent: 'success',
  failed: 'danger',
  bounced: 'danger',
  cancelled: 'neutral',
  received: 'accent',
};

/** Why a DM waits for a person, in a few words (a status line, a timeline entry); assistReasonText says it in full. */
export const ASSIST_REASON_LABELS: Record<AssistReason, string> = {
  no_conversation: 'They haven’t written to you yet',
  outside_window: 'The conversation’s window has closed',
  quota: 'The platform’s message limit is used up',
  not_connected: 'The account is not connected',
  token_expired: 'The platform refused the token',
  region: 'Not available in the creator’s region',
  unconfirmed: 'Parley could not confirm an interrupted send',
};

export const isAssistReason = (value: unknown): value is AssistReason => (ASSIST_REASONS as readonly unknown[]).includes(value);

/** An outreach's statusReason as shown: a ready_to_send one carries an AssistReason code, put in words; anything else as the API wrote it. */
export const statusReasonText = (o: Pick<OutreachDto, 'statusReason'>): string | null =>
  isAssistReason(o.statusReason) ? ASSIST_REASON_LABELS[o.statusReason] : o.statusReason;

/**
 * Why a DM waits for a person (AssistedTaskDto.reason, ThreadMessageDto.assistReason), as one plain
 * sentence for the task list and the thread. No figures here: the windows and quotas are the API's
 * (GET /channels), shown in Settings → Channels.
 */
export function assistReasonText(reason: AssistReason, channel: Channel): string {
  const service = SERVICE_NAMES[channel];
  switch (reason) {
    case 'no_conversation':
      return 'They haven’t written to you yet: platforms only let a person send the first message.';
    case 'outside_window':
      return `Their last message is too long ago: ${service} only lets a business’s software answer for a while after the creator writes.`;
    case 'quota':
      return `${service}’s message limit for this conversation is used up until the creator writes again.`;
    case 'not_connected':
      return `Your ${service} account is not connected to Parley, so it cannot send this for you.`;
    case 'token_expired':
      return `${service} refused the stored access token: send this by hand, and reconnect the account in Settings → Channels.`;
    case 'region':
      return `${service} does not offer business messaging in the creator’s region, so only a person can send this.`;
    case 'unconfirmed':
      return 'A send was interrupted and Parley cannot tell whether it went out: check the conversation first, so they do not get it twice.';
  }
}

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  initial: 'First message',
  follow_up: 'Follow-up',
  response: 'Response',
  reply: 'Reply',
};

/** "Follow-up 2" for a numbered follow-up, else the kind's label ("First message", "Response", …). */
export const messageKindLabel = (m: Pick<ThreadMessageDto, 'kind' | 'followUpStep'>): string =>
  m.kind === 'follow_up' && m.followUpStep ? `Follow-up ${m.followUpStep}` : MESSAGE_KIND_LABELS[m.kind];

export const EVENT_LABELS: Record<OutreachEventType, string> = {
  queued: 'Queued',
  scheduled: 'Scheduled',
  ready_to_send: 'Ready for you to send by hand',
  sent: 'Sent',
  deferred: 'Deferred by the receiving server',
  delivered: 'Delivered',
  opened: 'Opened',
  clicked: 'Clicked a link',
  bounced: 'Bounced',
  complained: 'Marked as spam',
  failed: 'Failed',
  unsubscribed: 'Unsubscribed',
  cancelled: 'Cancelled',
  held: 'Held',
  replied: 'Replied',
  auto_replied: 'Automatic reply',
  follow_ups_paused: 'Follow-ups paused',
  follow_ups_resumed: 'Follow-ups resumed',
  no_response: 'Marked as no response',
  offer_made: 'Offer recorded',
  offer_accepted: 'Offer accepted',
  offer_rejected: 'Offer rejected',
  offer_cancelled: 'Accepted offer withdrawn',
  walked_away: 'Walked away from the negotiation',
  contract_sent: 'Contract sent for signature',
  contract_signed: 'Contract signed',
  contract_cancelled: 'Contract cancelled',
  delivery_submitted: 'Content submitted',
  delivery_approved: 'Content approved',
  delivery_rejected: 'Content sent back',
  delivery_published: 'Content published',
};

/** Why no follow-up is planned (FollowUpPlanDto.stoppedBecause), or why one was not sent: the end of "No follow-up planned: …". */
export const FOLLOW_UP_STOP_REASONS: Record<NonNullable<FollowUpPlanDto['stoppedBecause']>, string> = {
  replied: 'the creator replied',
  paused: 'paused by hand',
  campaign_paused: 'the campaign is paused',
  finished: 'the sequence is finished',
  suppressed: 'the address is on your do-not-contact list',
  bounced: 'the email bounced',
  not_sent: 'the first message has not been sent yet',
};

/** Why "Send follow-up now" sent nothing, as the toast says it. */
export const FOLLOW_UP_REFUSAL_LABELS: Record<FollowUpRefusal, string> = {
  replied: 'The creator has replied, so no follow-up goes out.',
  paused: 'Follow-ups are paused for this outreach: resume them first.',
  finished: 'Every follow-up of the sequence has been sent.',
  suppressed: 'The address is on your do-not-contact list.',
  bounced: 'The email bounced, so no follow-up goes out.',
  not_sent: 'The first message has not been sent yet.',
};

/** Why a bulk send left a creator out, as the result lists them. */
export const SKIP_REASON_LABELS: Record<SkipReason, { label: string; description: string }> = {
  suppressed: { label: 'On your do-not-contact list', description: 'Their address unsubscribed, bounced, complained or was added by hand.' },
  no_email: { label: 'No email address', description: 'Add an address with Edit on the Influencers page, then send again.' },
  already_contacted: { label: 'Already contacted', description: 'They already have outreach in this campaign.' },
  not_found: { label: 'Not found', description: 'They were removed from your list.' },
  dm_not_available: { label: 'No DM channel', description: 'No email address, and their platform has no DM channel in Parley (only Instagram and TikTok do).' },
  duplicate: { label: 'Listed twice', description: 'The same creator was selected more than once; one message is sent.' },
};

export const NEGOTIATION_STATE_LABELS: Record<NegotiationState, string> = {
  open: 'Open',
  agreed: 'Agreed',
  walked_away: 'Walked away',
};

export const NEGOTIATION_STATE_TONES: Record<NegotiationState, BadgeTone> = {
  open: 'info',
  agreed: 'success',
  walked_away: 'neutral',
};

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  open: 'Open',
  accepted: 'Accepted',
  rejected: 'Rejected',
  superseded: 'Superseded',
  cancelled: 'Withdrawn',
};

export const OFFER_STATUS_TONES: Record<OfferStatus, BadgeTone> = {
  open: 'info',
  accepted: 'success',
  rejected: 'danger',
  superseded: 'neutral',
  cancelled: 'neutral',
};

/** Who made an offer, as the history names it. */
export const OFFER_PARTY_LABELS: Record<OfferParty, string> = {
  brand: 'Brand',
  influencer: 'Influencer',
};

export const COMPENSATION_TYPE_LABELS: Record<CompensationType, string> = {
  flat_fee: 'Flat fee',
  per_post: 'Per post',
  commission: 'Commission',
  product: 'Product',
};

/** Why an offer deserves a second look: the badge, and its title saying against what. */
export const OFFER_FLAG_LABELS: Record<OfferFlag, { label: string; description: string }> = {
  above_max_rate: { label: 'above max rate', description: "Above the campaign's maximum rate per creator." },
  above_rate_card: { label: 'above rate card', description: "Above your rate card's max for these deliverables at this creator's tier." },
};
