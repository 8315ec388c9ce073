import type { Platform } from './enums';

/** Creator size classes, derived from follower counts (never stored). */
export const TIERS = ['nano', 'micro', 'macro', 'mega'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Follower ranges per tier: `min` inclusive, `max` exclusive (null = unbounded).
 * nano < 10,000 ≤ micro < 100,000 ≤ macro < 1,000,000 ≤ mega.
 */
export const TIER_RANGES: Readonly<Record<Tier, { min: number; max: number | null }>> = {
  nano: { min: 0, max: 10_000 },
  micro: { min: 10_000, max: 100_000 },
  macro: { min: 100_000, max: 1_000_000 },
  mega: { min: 1_000_000, max: null },
};

export function tierOf(followersCount: number): Tier {
  for (const tier of TIERS) {
    const { max } = TIER_RANGES[tier];
    if (max === null || followersCount < max) return tier;
  }
  return 'mega';
}

export const isTier = (value: string): value is Tier => (TIERS as readonly string[]).includes(value);
export type { Platform };
