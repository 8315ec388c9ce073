/**
 * Wire types of the REST API, shared by the server (what it serialises) and the SPA (what it reads).
 * Money is a decimal string ("1250.00"); times are ISO 8601 UTC strings.
 */
import type { CampaignObjective, CampaignStatus, Channel, Platform, StoreTone, UserRole, Weekday } from './enums';
import type { QueueCounts } from './queues';
import type { Tier } from './tiers';

export type Money = string;
export type IsoDate = string;

export interface Pagination {
  page: number;
  perPage: number;
  total: number;
  pages: number;
}

export interface PageQuery {
  page?: number;
  perPage?: number;
}

export type ListOf<K extends string, T> = { [key in K]: T[] } & { pagination: Pagination };

export interface UserDto {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  storeId: string;
  createdAt: IsoDate;
}

export interface StoreDto {
  id: string;
  name: string;
  email: string | null;
  supportEmail: string | null;
  description: string | null;
  niche: string | null;
  website: string | null;
  postalAddress: string | null;
  timezone: string;
  senderName: string | null;
  tone: StoreTone;
  /** A daily email to the team with the unread notifications (08:00 in the store's time zone). */
  notificationDigest: boolean;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

export interface AuthResult {
  accessToken: string;
  user: UserDto;
  store: StoreDto;
}

export interface MeDto {
  user: UserDto;
  store: StoreDto;
  /** How the caller authenticated: a JWT from login or an API key. */
  via: 'jwt' | 'api_key';
}

export interface RegisterBody {
  email: string;
  password: string;
  storeName: string;
}

export interface LoginBody {
  email: string;
  password: string;
}

export type StorePatch = Partial<
  Pick<
    StoreDto,
    'name' | 'email' | 'supportEmail' | 'description' | 'niche' | 'website' | 'postalAddress' | 'timezone' | 'senderName' | 'tone' | 'notificationDigest'
  >
>;

export interface ApiKeyDto {
  id: string;
  name: string;
  /** The first characters of the key, enough to recognise it; never the secret. */
  prefix: string;
  createdAt: IsoDate;
  lastUsedAt: IsoDate | null;
  revokedAt: IsoDate | null;
}

export interface CreatedApiKeyDto {
  id: string;
  name: string;
  /** Shown once, at creation. Only its hash is stored. */
  key: string;
  prefix: string;
  createdAt: IsoDate;
}

export interface InfluencerInput {
  username: string;
  platform: Platform;
  displayName?: string;
  email?: string;
  platformUserId?: string;
  followersCount: number;
  engagementRate: number;
  niche: string[];
  bio?: string;
  typicalRate?: Money;
  country?: string;
  language?: string;
  timezone?: string;
}

export interface InfluencerDto {
  id: string;
  username: string;
  platform: Platform;
  displayName: string | null;
  email: string | null;
  platformUserId: string | null;
  followersCount: number;
  engagementRate: number;
  niche: string[];
  bio: string | null;
  typicalRate: Money | null;
  country: string | null;
  language: string | null;
  timezone: string | null;
  tier: Tier;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

export interface InfluencerFilters extends PageQuery {
  q?: string;
  platform?: Platform;
  tier?: Tier;
  niche?: string;
  minEngagement?: number;
  maxRate?: Money;
  campaignId?: string;
}

export interface ImportRowError {
  /** 1-based line in the CSV file (the header is line 1), or the 1-based item index for JSON. */
  row: number;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  errors: ImportRowError[];
}

export interface Deliverable {
  type: string;
  platform: Platform;
  quantity: number;
}

export interface SendWindow {
  startHour: number;
  endHour: number;
  days: Weekday[];
}

export interface CampaignInput {
  name: string;
  description?: string;
  objective: CampaignObjective;
  budget: Money;
  deliverables: Deliverable[];
  targetTiers: Tier[];
  targetNiches: string[];
  minEngagement?: number;
  maxRate?: Money;
  startDate?: IsoDate;
  endDate?: IsoDate;
  followUpDays?: number[];
  sendWindow?: SendWindow;
  followUpTemplateIds?: (string | null)[];
  followUpWriter?: FollowUpWriter;
  noResponseAfterDays?: number;
}

/**
 * Who writes a follow-up that has no template chosen for its step: `templates` → the store's default
 * follow_up_N template (AI-written when the store has none); `ai` → the AI writer (which falls back to
 * the default template when no language model is configured).
 */
export const FOLLOW_UP_WRITERS = ['templates', 'ai'] as const;
/** The follow-up sequence when none is given (offsets in 24-hour days from the first send), and the quiet period after it. */
export const DEFAULT_FOLLOW_UP_DAYS = [3, 7, 14];
export const DEFAULT_NO_RESPONSE_AFTER_DAYS = 7;
export type FollowUpWriter = (typeof FOLLOW_UP_WRITERS)[number];

export interface CampaignStats {
  outreachSent: number;
  opened: number;
  replied: number;
  interested: number;
  declined: number;
  /** Percent of sent outreach opened by a person (0–100, one decimal). */
  openRate: number;
  /** Percent of sent outreach that got a reply (0–100, one decimal). */
  responseRate: number;
  budget: Money;
  budgetAllocated: Money;
  budgetRemaining: Money;
  contracts: number;
  deliveriesPublished: number;
}

export interface CampaignDto {
  id: string;
  name: string;
  description: string | null;
  objective: CampaignObjective;
  status: CampaignStatus;
  budget: Money;
  deliverables: Deliverable[];
  targetTiers: Tier[];
  targetNiches: string[];
  minEngagement: number | null;
  maxRate: Money | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  followUpDays: number[];
  sendWindow: SendWindow | null;
  /** Template for follow-up i + 1 at index i; null (or no entry): see followUpWriter. */
  followUpTemplateIds: (string | null)[];
  followUpWriter: FollowUpWriter;
  /** Days of quiet after the last follow-up before an outreach becomes no_response. */
  noResponseAfterDays: number;
  influencerCount: number;
  stats: CampaignStats;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/** Store-wide figures over every campaign, for dashboards (the same counts as each campaign's stats, summed). */
export interface CampaignSummaryDto extends CampaignStats {
  campaigns: number;
  byStatus: Record<CampaignStatus, number>;
  influencers: number;
}

export interface CampaignMemberDto extends InfluencerDto {
  influencerId: string;
  addedAt: IsoDate;
}

export interface AddMembersResult {
  added: number;
  alreadyMembers: number;
}

export interface HealthDto {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  redis: 'up' | 'down';
  queues: Record<string, QueueCounts>;
  /** The periodic jobs (scheduled outreach, automatic follow-ups, tracking-event processing, …) and their last run. */
  periodicJobs: PeriodicJobDto[];
  uptimeSeconds: number;
}

/** A named periodic job, as recorded by whichever process ran it last. */
export interface PeriodicJobDto {
  name: string;
  description: string;
  /** Cron expression. */
  schedule: string;
  lastStartedAt: IsoDate | null;
  lastFinishedAt: IsoDate | null;
  lastDurationMs: number | null;
  /** Rows it handled on its last run. */
  lastItems: number | null;
  lastError: string | null;
  runs: number;
  failures: number;
  /** Not run for more than three of its periods. */
  overdue: boolean;
}

/** Deliverable types a rate card prices (a campaign may name its own words; those are priced as the platform's main format). */
export const RATE_DELIVERABLE_TYPES = ['post', 'story', 'reel', 'video', 'short', 'live'] as const;
export type RateDeliverableType = (typeof RATE_DELIVERABLE_TYPES)[number];

/** What one deliverable of a platform and tier costs: the store's own figures, or Parley's defaults. */
export interface RateCardDto {
  platform: Platform;
  tier: Tier;
  deliverableType: RateDeliverableType;
  min: Money;
  typical: Money;
  max: Money;
  /** Set by the store (else the default). */
  custom: boolean;
}

export interface SuggestedRateItemDto {
  type: string;
  platform: Platform;
  quantity: number;
  /** The rate card row it was priced from (a type the card does not know is priced as the platform's main format). */
  pricedAs: RateDeliverableType;
  low: Money;
  typical: Money;
  high: Money;
}

/** A suggested rate for an influencer: the rate card for their tier, adjusted by engagement against the tier's norm. */
export interface SuggestedRateDto {
  low: Money;
  typical: Money;
  high: Money;
  /** How it was worked out, in words. */
  basis: string;
  tier: Tier;
  /** The multiplier applied for engagement (1 = the tier's norm). */
  engagementFactor: number;
  items: SuggestedRateItemDto[];
}

/** Who wrote a drafted counter-offer: the language model, the store's template by choice, or the template because no model was available. */
export const COUNTER_WRITERS = ['ai', 'template', 'offline'] as const;
export type CounterWriter = (typeof COUNTER_WRITERS)[number];

/** The body of POST /influencer/outreach/:id/offers/counter-draft: everything is optional. */
export interface CounterDraftInput {
  /** The counter to propose; default the suggested typical rate, kept within the campaign's maxRate and the creator's ask. */
  amount?: Money;
  /** Default: the ask's currency, else USD. */
  currency?: string;
  /** What is priced; default the ask's deliverables, else the campaign's, else one piece of the creator's main format. */
  deliverables?: Deliverable[];
  /** `template` skips the language model; `ai` (the default when one is configured) uses it. */
  writer?: Exclude<CounterWriter, 'offline'>;
}

/** A drafted counter-offer message: nothing is sent and no offer is recorded. */
export interface CounterDraftDto {
  /** Email only. */
  subject: string | null;
  body: string;
  /** The counter proposed in the message. */
  amount: Money;
  currency: string;
  /** Where the amount came from: the request, the suggested typical rate, or that rate lowered to the campaign's maxRate or the creator's ask. */
  amountSource: 'request' | 'typical' | 'max_rate' | 'ask';
  /** How the rate card figures were worked out, in words (as GET /influencers/:id/suggested-rate says it). */
  basis: string;
  writer: CounterWriter;
  /** The suggested rate for the deliverables, from the store's rate card (in USD). */
  rateCard: { low: Money; typical: Money; high: Money };
  /** The creator's open offer it answers, if any. */
  ask: { offerId: string; amount: Money; currency: string } | null;
  deliverables: Deliverable[];
  /** The outreach's channel the message is written for. */
  channel: Channel;
  /** Fallbacks used in the text, and why the model did not write it when it did not. */
  warnings: string[];
}
