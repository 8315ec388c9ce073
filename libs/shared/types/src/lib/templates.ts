import type { Channel, DmPlatform, TemplateType } from './enums';
import type { IsoDate } from './api';

/**
 * What one channel can carry. Limits apply to the rendered text: previews warn, sends refuse, and a
 * template whose text alone is already over is refused on save.
 */
export interface ChannelLimits {
  /** Most UTF-8 bytes of the message text (null: no limit). */
  maxBytes: number | null;
  /** Most characters (code points) of the message text (null: no limit). */
  maxChars: number | null;
  /** Whether messages on the channel have a subject (and templates must have one). */
  hasSubject: boolean;
  /** Most characters of a subject. */
  maxSubjectChars: number | null;
}

export const CHANNEL_LIMITS: Readonly<Record<Channel, ChannelLimits>> = {
  email: { maxBytes: null, maxChars: null, hasSubject: true, maxSubjectChars: 200 },
  // Meta: a text DM is at most 1000 bytes of UTF-8.
  instagram_dm: { maxBytes: 1000, maxChars: null, hasSubject: false, maxSubjectChars: null },
  // TikTok Business Messaging: a text message holds up to 6000 characters.
  tiktok_dm: { maxBytes: null, maxChars: 6000, hasSubject: false, maxSubjectChars: null },
};

export interface TemplateVariableDto {
  name: string;
  description: string;
  example: string;
  group: 'influencer' | 'store' | 'campaign' | 'personalisation' | 'negotiation';
}

export interface SpamFinding {
  rule: string;
  message: string;
  /** Points added to the score. */
  points: number;
}

export interface SpamReport {
  /** 0 is clean; 5 or more is likely to be filtered. */
  score: number;
  findings: SpamFinding[];
}

export interface TemplateDto {
  id: string;
  name: string;
  channel: Channel;
  templateType: TemplateType;
  subject: string | null;
  body: string;
  variables: string[];
  isDefault: boolean;
  spam: SpamReport;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

export interface TemplateInput {
  name: string;
  channel: Channel;
  templateType: TemplateType;
  subject?: string | null;
  body: string;
}

export interface PreviewInput {
  influencerId: string;
  campaignId?: string;
}

export interface PreviewDto {
  subject: string | null;
  body: string;
  /** Email only: the HTML part. */
  html?: string;
  /** Missing data, limits and spam findings worth a look before sending. */
  warnings: string[];
  bytes: number;
  characters: number;
  limit: ChannelLimits;
  spam: SpamReport;
}

export interface AiUsageDto {
  /** Whether a language model is configured (else the offline writer does the work). */
  enabled: boolean;
  model: string | null;
  days: { day: string; model: string; calls: number; failures: number; cacheHits: number; promptTokens: number; completionTokens: number }[];
  totals: { calls: number; failures: number; cacheHits: number; promptTokens: number; completionTokens: number };
}

/**
 * What each channel allows, so the rest of the product asks instead of branching on names.
 * Instagram and TikTok never let a business send the first message (protocol-facts §1–2).
 */
export interface ChannelCapabilities {
  canStartConversation: boolean;
  /** Hours after the creator's last message during which the API may answer (null: no window). */
  windowHours: number | null;
  /** Hours after it during which a message a person wrote may still go (Instagram's HUMAN_AGENT tag; null: none). */
  humanAgentWindowHours: number | null;
  /** Business messages allowed per window (null: no quota). */
  quotaPerWindow: number | null;
  /** Most characters (or bytes, for Instagram) of one message (null: no limit). */
  maxLength: number | null;
  /** Regions where the channel's API is not available. */
  unavailableIn: string[];
}

export const CHANNEL_CAPABILITIES: Readonly<Record<Channel, ChannelCapabilities>> = {
  email: { canStartConversation: true, windowHours: null, humanAgentWindowHours: null, quotaPerWindow: null, maxLength: null, unavailableIn: [] },
  instagram_dm: { canStartConversation: false, windowHours: 24, humanAgentWindowHours: 168, quotaPerWindow: null, maxLength: 1000, unavailableIn: [] },
  tiktok_dm: { canStartConversation: false, windowHours: 48, humanAgentWindowHours: null, quotaPerWindow: 10, maxLength: 6000, unavailableIn: ['EEA', 'CH', 'GB'] },
};

export interface ChannelStatusDto extends ChannelCapabilities {
  channel: Channel;
  connected: boolean;
  /** The connected Instagram or TikTok account (never its token); null for email and when not connected. */
  connection: ChannelConnectionDto | null;
}

export interface ChannelConnectionDto {
  platform: DmPlatform;
  /** Instagram user id (IG_ID) or TikTok business id. */
  accountId: string;
  username: string | null;
  /** expired: the platform refused the token since; reconnect with a new one. */
  status: 'connected' | 'expired';
  statusReason: string | null;
  tokenExpiresAt: IsoDate | null;
  validatedAt: IsoDate;
  /** Whether this server can verify the platform's webhooks (its app secret is set); else Instagram is polled and TikTok replies are logged by hand. */
  webhooksConfigured: boolean;
}

export interface EmailChannelDto {
  fromName: string;
  fromEmail: string;
  replyDomain: string | null;
  /** The reply mailbox Parley reads (set with `imapUrl`); its password is never returned. */
  imap: { host: string; port: number; secure: boolean; user: string; mailbox: string } | null;
  updatedAt: IsoDate;
}

/** What to write: the first message, a follow-up (by number) or the answer to a creator's reply. */
export type DraftKind = 'initial_outreach' | 'follow_up' | 'response';

export interface DraftInput {
  influencerId: string;
  campaignId?: string;
  channel: Channel;
  kind: DraftKind;
  /** 1–3, for follow-ups. */
  followUpNumber?: number;
  /** The creator's message, required for responses. */
  replyText?: string;
}

export interface DraftDto {
  /** Email only. */
  subject: string | null;
  body: string;
  /** Whether the language model wrote it or the store's default template did. */
  source: 'llm' | 'template';
  warnings: string[];
}

export const SUPPRESSION_REASONS = ['unsubscribe', 'hard_bounce', 'complaint', 'manual'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** An address the store never sends to again. */
export interface SuppressionDto {
  id: string;
  email: string;
  reason: SuppressionReason;
  note: string | null;
  createdAt: IsoDate;
}
