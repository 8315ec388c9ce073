import { TIER_RANGES, compareMoney, normalizeMoney, type CounterDraftDto, type Platform, type SuggestedRateDto } from '@parley/shared-types';
import { ENGAGEMENT_NORMS } from './default-rates';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/**
 * The counter to propose when the team gives none: the suggested typical rate, lowered to the
 * campaign's maxRate when it is above it, and to the creator's ask when they asked for less (a
 * counter above the ask would be an odd counter). The ask counts only in the counter's currency.
 */
export function proposeCounter(input: { typical: string; maxRate: string | null; ask: { amount: string; currency: string } | null; currency: string }): {
  amount: string;
  source: CounterDraftDto['amountSource'];
} {
  let amount = normalizeMoney(input.typical);
  let source: CounterDraftDto['amountSource'] = 'typical';
  if (input.maxRate && compareMoney(input.maxRate, amount) < 0) {
    amount = normalizeMoney(input.maxRate);
    source = 'max_rate';
  }
  if (input.ask && input.ask.currency === input.currency && compareMoney(input.ask.amount, amount) < 0) {
    amount = normalizeMoney(input.ask.amount);
    source = 'ask';
  }
  return { amount, source };
}

/** "10K–100K followers", "under 10K followers", "1M+ followers". */
function followerRange(tier: SuggestedRateDto['tier']): string {
  const { min, max } = TIER_RANGES[tier];
  if (min === 0 && max !== null) return `under ${compact.format(max)} followers`;
  if (max === null) return `${compact.format(min)}+ followers`;
  return `${compact.format(min)}–${compact.format(max)} followers`;
}

/**
 * What the rate card's figures rest on, said to the creator: their tier by follower count and how
 * their engagement moved the figure against the tier's norm on their platform, e.g. "our rates for
 * micro creators with 10K–100K followers, raised 20% for your 3.6% engagement where 2.5% is typical".
 */
export function creatorBasis(rate: Pick<SuggestedRateDto, 'tier' | 'engagementFactor'>, creator: { platform: Platform; engagementRate: number }): string {
  const size = `our rates for ${rate.tier} creators with ${followerRange(rate.tier)}`;
  const norm = ENGAGEMENT_NORMS[creator.platform][rate.tier];
  const change = Math.round(Math.abs(rate.engagementFactor - 1) * 100);
  if (change === 0) return `${size}, at the engagement typical for that size`;
  const er = `${percent.format(creator.engagementRate)}%`;
  return rate.engagementFactor > 1
    ? `${size}, raised ${change}% for your ${er} engagement where ${norm}% is typical`
    : `${size}, lowered ${change}% for ${er} engagement where ${norm}% is typical`;
}
