import { TIER_RANGES, type Platform, type Tier } from '@parley/shared-types';
import { formatCompact } from '@/lib/format';

/** Platform names as the services spell them (the API sends the lower-case keys). */
export const PLATFORM_LABELS: Record<Platform, string> = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' };

/** The follower counts of a tier, e.g. "10K–100K", "under 10K", "1M+". */
export function tierRange(tier: Tier): string {
  const { min, max } = TIER_RANGES[tier];
  if (max === null) return `${formatCompact(min)}+`;
  return min === 0 ? `under ${formatCompact(max)}` : `${formatCompact(min)}–${formatCompact(max)}`;
}

/** The same in words, e.g. "10K–100K followers". */
export const followerRange = (tier: Tier): string => `${tierRange(tier)} followers`;
