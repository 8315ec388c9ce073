import type { Channel, CompensationType, DmChannel, NegotiationState, OfferParty, OfferStatus, OutreachStatus, ReplyCategory, ReplySentiment, TemplateType } from './enums';
import type { Deliverable, IsoDate, Money } from './api';

/** One message of a thread, out or in. `sending` is a claimed message whose provider has not answered yet. */
/** `ready_to_send`: a DM the platform will not take from us now; a person sends it (an assisted task). */
export const MESSAGE_STATUSES = ['scheduled', 'queued', 'sending', 'ready_to_send', 'sent', 'failed', 'bounced', 'cancelled', 'received'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MESSAGE_KINDS = ['initial', 'follow_up', 'response', 'reply'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** What happened to an outreach, in the thread view's timeline. */
export const OUTREACH_EVENT_TYPES = [
  'queued',
  'scheduled',
  'ready_to_send',
  'sent',
  'deferred',
  'delivered',
  'opened',
  'clicked',
  'bounced',
  'complained',
  'failed',
  'unsubscribed',
  'cancelled',
  'held',
  'replied',
  'auto_replied',
  'follow_ups_paused',
  'follow_ups_resumed',
  'no_response',
  'offer_made',
  'offer_accepted',
  'offer_rejected',
  'offer_cancelled',
  'walked_away',
  'contract_sent',
  'contract_signed',
  'contract_cancelled',
  'delivery_submitted',
  'delivery_approved',
  'delivery_rejected',
  'delivery_published',
] as const;
export type OutreachEventType = (typeof OUTREACH_EVENT_TYPES)[number];

/**
 * Why a DM is an assisted task instead of going by API: the creator never wrote (platforms forbid a
 * business's first message), the window after their last message has closed, the platform's quota
 * for the window is spent, the account is not connected or its token was refused, the platform is not
 * available in the creator's region, or we could not tell whether an interrupted send went out.
 */
export const ASSIST_REASONS = ['no_conversation', 'outside_window', 'quota', 'not_connected', 'token_expired', 'region', 'unconfirmed'] as const;
export type AssistReason = (typeof ASSIST_REASONS)[number];

/** Why a bulk send left an influencer out. */
export const SKIP_REASONS = ['suppressed', 'no_email', 'already_contacted', 'not_found', 'dm_not_available', 'duplicate'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface ThreadMessageDto {
  id: string;
  direction: 'out' | 'in';
  channel: Channel;
  kind: MessageKind;
  /** Which follow-up of the sequence this is (1, 2, …); null for other messages. */
  followUpStep: number | null;
  status: MessageStatus;
  subject: string | null;
  text: string;
  to: string | null;
  /** Who an inbound message came from. */
  from: string | null;
  messageId: string | null;
  error: string | null;
  /** A DM left for a person to send (status ready_to_send): why. */
  assistReason: AssistReason | null;
  attempts: number;
  scheduledFor: IsoDate | null;
  sentAt: IsoDate | null;
  receivedAt: IsoDate | null;
  createdAt: IsoDate;
}

export interface OutreachEventDto {
  id: string;
  type: OutreachEventType;
  at: IsoDate;
  /** Opens and clicks by proxies, prefetchers and scanners: kept, but never counted. */
  machine: boolean;
  data: Record<string, unknown>;
}

export interface OutreachDto {
  id: string;
  campaignId: string | null;
  influencerId: string;
  influencer: { id: string; username: string; displayName: string | null; email: string | null; platform: string } | null;
  templateId: string | null;
  bulkId: string | null;
  channel: Channel;
  status: OutreachStatus;
  statusReason: string | null;
  subject: string | null;
  message: string;
  scheduledFor: IsoDate | null;
  sentAt: IsoDate | null;
  openedAt: IsoDate | null;
  clickedAt: IsoDate | null;
  repliedAt: IsoDate | null;
  replyText: string | null;
  replyCategory: ReplyCategory | null;
  replySentiment: ReplySentiment | null;
  /** How sure the categoriser was (0–1). */
  replyConfidence: number | null;
  /** The categoriser was unsure: a person should check the category. */
  replyNeedsReview: boolean;
  /** When the newest inbound message arrived (a person's or an automatic one). */
  lastReplyAt: IsoDate | null;
  followUpCount: number;
  lastFollowUpAt: IsoDate | null;
  nextFollowUpAt: IsoDate | null;
  /** Follow-ups stopped by hand for this outreach (resume plans them again). */
  followUpsPaused: boolean;
  /** Where the negotiation stands (null before the first offer). */
  negotiationState: NegotiationState | null;
  /** For DMs: where a person opens the conversation (https://ig.me/m/<username>, the TikTok profile). */
  deepLink: string | null;
  /** For DMs, on the record with its thread (GET …/:id): the conversation's window. */
  dmWindow?: DmWindowDto | null;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/** A follow-up still to come: the next one at nextFollowUpAt, later ones as planned if nothing changes. */
export interface PlannedFollowUpDto {
  step: number;
  at: IsoDate;
  /** The template it will use, or null when the AI writer (or the default text) writes it. */
  templateId: string | null;
  templateName: string | null;
}

/** Where an outreach's follow-up sequence stands. */
export interface FollowUpPlanDto {
  /** Follow-ups in the sequence (the campaign's followUpDays, or the default [3, 7, 14]). */
  steps: number;
  sent: number;
  paused: boolean;
  /** Why nothing is planned, when nothing is: replied, paused, finished, suppressed, bounced, not_sent, campaign_paused. */
  stoppedBecause: FollowUpRefusal | 'campaign_paused' | null;
  planned: PlannedFollowUpDto[];
  /** When the outreach becomes no_response if nobody answers (after the last follow-up and the quiet period). */
  noResponseAt: IsoDate | null;
}

/** Why a follow-up was not sent: the contract's reasons, and `not_sent` for an outreach whose first message has not gone yet. */
export const FOLLOW_UP_REFUSALS = ['replied', 'paused', 'finished', 'suppressed', 'bounced', 'not_sent'] as const;
export type FollowUpRefusal = (typeof FOLLOW_UP_REFUSALS)[number];

export interface FollowUpResultDto {
  sent: boolean;
  reason?: FollowUpRefusal;
  /** The thread message queued for sending, when sent. */
  messageId?: string;
  step?: number;
}

export interface OutreachDetailDto extends OutreachDto {
  followUps: FollowUpPlanDto;
  thread: { messages: ThreadMessageDto[]; events: OutreachEventDto[] };
  /** The same events, at the top level for integrators that read `events` directly. */
  events: OutreachEventDto[];
}

export interface BulkSendResultDto {
  bulkId: string;
  total: number;
  queued: number;
  skipped: { influencerId: string; reason: SkipReason }[];
}

export interface BulkProgressDto {
  bulkId: string;
  campaignId: string;
  templateType: TemplateType | null;
  total: number;
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
  pending: number;
  done: boolean;
  createdAt: IsoDate;
}

export interface NotificationDto {
  id: string;
  type: string;
  title: string;
  body: string;
  outreachId: string | null;
  data: Record<string, unknown>;
  readAt: IsoDate | null;
  createdAt: IsoDate;
}

/** Inbound mail sent to a store's address that matched no outreach: kept, never dropped. */
export interface UnmatchedEmailDto {
  id: string;
  from: string | null;
  to: string[];
  subject: string | null;
  messageId: string | null;
  receivedAt: IsoDate;
}

/** Events an integrator can subscribe to with an outgoing webhook. */
export const WEBHOOK_EVENTS = ['reply.received', 'outreach.status_changed', 'delivery.status_changed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface WebhookSubscriptionDto {
  id: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: IsoDate;
  /** The signing secret: shown once, when the subscription is created. */
  secret?: string;
  /** The latest deliveries, newest first. */
  deliveries?: WebhookDeliveryDto[];
}

export interface WebhookDeliveryDto {
  id: string;
  event: WebhookEvent;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: IsoDate | null;
  createdAt: IsoDate;
}

/** Why an offer deserves a second look: above the campaign's maxRate, or above the rate card's max for its deliverables. */
export const OFFER_FLAGS = ['above_max_rate', 'above_rate_card'] as const;
export type OfferFlag = (typeof OFFER_FLAGS)[number];

export interface OfferDto {
  id: string;
  outreachId: string;
  campaignId: string | null;
  influencerId: string;
  amount: Money;
  currency: string;
  compensationType: CompensationType;
  deliverables: Deliverable[];
  note: string | null;
  from: OfferParty;
  status: OfferStatus;
  flags: OfferFlag[];
  createdAt: IsoDate;
  decidedAt: IsoDate | null;
}

/** A DM a person sends by hand (status ready_to_send): the text to copy and where to paste it. */
export interface AssistedTaskDto {
  messageId: string;
  outreachId: string;
  campaignId: string | null;
  channel: DmChannel;
  kind: MessageKind;
  followUpStep: number | null;
  text: string;
  deepLink: string;
  reason: AssistReason;
  influencer: { id: string; username: string; displayName: string | null; platform: string };
  createdAt: IsoDate;
}

/** Where a DM conversation stands: whether the platform takes messages from us now, and until when. */
export interface DmWindowDto {
  /** When the creator last wrote (null: never). */
  lastInboundAt: IsoDate | null;
  /** Messages go by API until then (null: closed or never opened). */
  openUntil: IsoDate | null;
  /** Instagram: messages a person writes may go until then with the HUMAN_AGENT tag. */
  humanAgentUntil: IsoDate | null;
  /** TikTok: messages sent since the creator last wrote, of quotaPerWindow. */
  sentSinceInbound: number;
  quotaPerWindow: number | null;
  connected: boolean;
}
