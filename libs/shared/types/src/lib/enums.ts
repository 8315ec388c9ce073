export const PLATFORMS = ['instagram', 'tiktok', 'youtube'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const CHANNELS = ['email', 'instagram_dm', 'tiktok_dm'] as const;
export type Channel = (typeof CHANNELS)[number];
export type DmChannel = Exclude<Channel, 'email'>;

/** Platforms a store connects an account of, for DMs. */
export const DM_PLATFORMS = ['instagram', 'tiktok'] as const;
export type DmPlatform = (typeof DM_PLATFORMS)[number];
export const DM_CHANNEL_OF: Readonly<Record<DmPlatform, DmChannel>> = { instagram: 'instagram_dm', tiktok: 'tiktok_dm' };
export const DM_PLATFORM_OF: Readonly<Record<DmChannel, DmPlatform>> = { instagram_dm: 'instagram', tiktok_dm: 'tiktok' };

export const CAMPAIGN_OBJECTIVES = ['awareness', 'engagement', 'conversions', 'ugc'] as const;
export type CampaignObjective = (typeof CAMPAIGN_OBJECTIVES)[number];

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Legal campaign moves: draft→active→paused⇄active→completed (a paused campaign may also be completed). */
export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  draft: ['active'],
  active: ['paused', 'completed'],
  paused: ['active', 'completed'],
  completed: [],
};

export const DELIVERABLE_TYPES = ['post', 'story', 'reel', 'video', 'short', 'live'] as const;
export type DeliverableType = (typeof DELIVERABLE_TYPES)[number];

export const USER_ROLES = ['owner', 'admin', 'member'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const STORE_TONES = ['friendly', 'professional', 'playful'] as const;
export type StoreTone = (typeof STORE_TONES)[number];

export const OUTREACH_STATUSES = [
  'draft',
  'scheduled',
  'queued',
  'ready_to_send',
  'sent',
  'opened',
  'replied',
  'interested',
  'declined',
  'no_response',
  'bounced',
  'failed',
  'unsubscribed',
  'cancelled',
] as const;
export type OutreachStatus = (typeof OUTREACH_STATUSES)[number];

export const REPLY_CATEGORIES = ['interested', 'questions', 'declined', 'rate_negotiation', 'auto_reply', 'spam'] as const;
export type ReplyCategory = (typeof REPLY_CATEGORIES)[number];

export const REPLY_SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type ReplySentiment = (typeof REPLY_SENTIMENTS)[number];

export const TEMPLATE_TYPES = [
  'initial_outreach',
  'follow_up_1',
  'follow_up_2',
  'follow_up_3',
  'interested_response',
  'negotiation_counter',
] as const;
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

export const COMPENSATION_TYPES = ['flat_fee', 'per_post', 'commission', 'product'] as const;
export type CompensationType = (typeof COMPENSATION_TYPES)[number];

export const CONTRACT_STATUSES = ['draft', 'sent', 'signed', 'active', 'completed', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const USAGE_RIGHTS = ['perpetual', 'limited', 'none'] as const;
export type UsageRights = (typeof USAGE_RIGHTS)[number];

/** A delivery of a cancelled contract that was not yet published is `cancelled`. */
export const DELIVERY_STATUSES = ['pending', 'submitted', 'approved', 'rejected', 'published', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const OFFER_PARTIES = ['brand', 'influencer'] as const;
export type OfferParty = (typeof OFFER_PARTIES)[number];

/** open: on the table; accepted (its amount reserved); rejected; superseded (another offer of the negotiation was accepted); cancelled (an accepted offer withdrawn, its amount released). */
export const OFFER_STATUSES = ['open', 'accepted', 'rejected', 'superseded', 'cancelled'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const NEGOTIATION_STATES = ['open', 'agreed', 'walked_away'] as const;
export type NegotiationState = (typeof NEGOTIATION_STATES)[number];
