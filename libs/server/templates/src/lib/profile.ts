import type { CampaignObjective, Platform, StoreTone } from '@parley/shared-types';

/** The facts a message may be built from. Nothing else is known, so nothing else may be claimed. */
export interface CreatorProfile {
  id: string;
  username: string;
  displayName: string | null;
  platform: Platform;
  followersCount: number;
  engagementRate: number;
  niche: string[];
  bio: string | null;
  language: string | null;
}

export interface StoreProfile {
  id: string;
  name: string;
  senderName: string | null;
  website: string | null;
  description: string | null;
  niche: string | null;
  tone: StoreTone;
}

export interface CampaignProfile {
  id: string;
  name: string;
  description: string | null;
  objective: CampaignObjective;
  startDate: Date | null;
  endDate: Date | null;
  deliverables: { type: string; platform: Platform; quantity: number }[];
}

export interface RenderSubject {
  creator: CreatorProfile;
  store: StoreProfile;
  campaign?: CampaignProfile | null;
  /** The amount of the current offer, a decimal string (negotiation). */
  offerAmount?: string | null;
  /** A counter-offer's figures, when one is drafted. */
  negotiation?: NegotiationFacts | null;
}

/** What a counter-offer is written from. Amounts are decimal strings; the rate card is in USD. */
export interface NegotiationFacts {
  /** The currency of the offer and of the creator's ask. */
  currency: string;
  /** The creator's asking amount (their open offer), if any. */
  askAmount: string | null;
  /** The suggested rate for the deliverables, from the store's rate card. */
  rateLow: string;
  rateTypical: string;
  rateHigh: string;
  /** How the card's figures were reached, as a phrase for the creator ("our rates for micro creators …"). */
  rateBasis: string;
  /** What is being priced. */
  deliverables: { type: string; platform: Platform; quantity: number }[];
}

export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' };

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const day = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export const formatList = (items: string[]) => list.format(items);
export const formatFollowers = (n: number) => compact.format(n);
export const formatRate = (rate: number) => `${percent.format(rate)}%`;
export const formatDay = (d: Date) => day.format(d);

/** "Maya Lopez" → "Maya"; no display name → the username. */
export const firstName = (c: Pick<CreatorProfile, 'displayName' | 'username'>) => c.displayName?.trim().split(/\s+/)[0] || c.username;

/** The first sentence of a bio, without its final punctuation, at most ~120 characters at a word boundary. */
export function bioLead(bio: string | null): string | null {
  const text = bio?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const first = text.split(/(?<=[.!?…])\s/)[0].replace(/[.!?…\s]+$/, '');
  if (first.length <= 120) return first || null;
  return `${first.slice(0, first.lastIndexOf(' ', 117)).replace(/[,;:\s]+$/, '')}…`;
}

/** A stable number for a creator and a purpose, so the same creator always gets the same phrasing. */
export function seedOf(...parts: string[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const pick = <T>(items: readonly T[], seed: number, salt = 0): T => items[((seed ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0) % items.length];
