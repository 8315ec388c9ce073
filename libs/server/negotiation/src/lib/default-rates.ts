import type { Platform, RateDeliverableType, Tier } from '@parley/shared-types';

/**
 * Parley's starting rate cards, in whole dollars per deliverable, before a store sets its own:
 * middle-of-the-market figures for one sponsored piece per platform and tier (min, typical, max), and
 * how the other formats compare with the platform's main one. Documented in docs/negotiation.md.
 */
export const MAIN_FORMAT: Record<Platform, RateDeliverableType> = { instagram: 'post', tiktok: 'video', youtube: 'video' };

const MAIN_RATES: Record<Platform, Record<Tier, [number, number, number]>> = {
  instagram: { nano: [50, 100, 250], micro: [250, 500, 1_000], macro: [1_000, 3_000, 10_000], mega: [10_000, 20_000, 50_000] },
  tiktok: { nano: [25, 75, 200], micro: [200, 400, 1_000], macro: [1_000, 2_500, 8_000], mega: [8_000, 15_000, 40_000] },
  youtube: { nano: [100, 250, 500], micro: [500, 1_500, 3_000], macro: [3_000, 8_000, 20_000], mega: [20_000, 40_000, 100_000] },
};

const FORMAT_FACTORS: Record<Platform, Record<RateDeliverableType, number>> = {
  instagram: { post: 1, reel: 1.3, video: 1.3, story: 0.4, short: 1, live: 1.5 },
  tiktok: { video: 1, post: 1, reel: 1, short: 1, story: 0.4, live: 1.5 },
  youtube: { video: 1, short: 0.4, live: 0.8, post: 0.2, story: 0.2, reel: 0.4 },
};

/** The typical engagement rate (%) of each platform and tier: what "average" means when adjusting a rate. */
export const ENGAGEMENT_NORMS: Record<Platform, Record<Tier, number>> = {
  instagram: { nano: 4, micro: 2.5, macro: 1.5, mega: 1 },
  tiktok: { nano: 9, micro: 6, macro: 4.5, mega: 3 },
  youtube: { nano: 4, micro: 3, macro: 2, mega: 1.5 },
};

/** The default card row in whole dollars, rounded to $5. */
export function defaultRate(platform: Platform, tier: Tier, type: RateDeliverableType): { min: number; typical: number; max: number } {
  const factor = FORMAT_FACTORS[platform][type];
  const [min, typical, max] = MAIN_RATES[platform][tier].map((v) => Math.max(5, Math.round((v * factor) / 5) * 5));
  return { min, typical, max };
}
