import { RATE_DELIVERABLE_TYPES, fromCents, toCents, type Platform, type RateCardDto, type RateDeliverableType, type SuggestedRateDto, type Tier } from '@parley/shared-types';
import { ENGAGEMENT_NORMS, MAIN_FORMAT } from './default-rates';

export interface RatedDeliverable {
  type: string;
  platform: Platform;
  quantity: number;
}

/** How far engagement moves a rate: the square root of engagement over the tier's norm, kept within ×0.75–×1.5. */
export function engagementFactor(engagementRate: number, platform: Platform, tier: Tier): number {
  const ratio = engagementRate / ENGAGEMENT_NORMS[platform][tier];
  return Math.round(Math.min(1.5, Math.max(0.75, Math.sqrt(ratio))) * 100) / 100;
}

/** The rate card row a deliverable is priced from: its own type, or the platform's main format for a type the card does not know. */
export function pricedAs(type: string, platform: Platform): RateDeliverableType {
  return (RATE_DELIVERABLE_TYPES as readonly string[]).includes(type) ? (type as RateDeliverableType) : MAIN_FORMAT[platform];
}

const PLATFORM_NAMES: Record<Platform, string> = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' };
const dollars = (cents: bigint) => `$${(Number(cents) / 100).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

/**
 * The suggested rate for a set of deliverables: each priced from the store's rate card for the
 * creator's tier (a type the card does not know as the platform's main format), times the quantity,
 * times the engagement factor of the creator's own platform. Amounts in integer cents, rounded to
 * whole dollars.
 */
export function suggestRate(input: { tier: Tier; platform: Platform; engagementRate: number; deliverables: RatedDeliverable[]; card: (platform: Platform, tier: Tier, type: RateDeliverableType) => RateCardDto }): SuggestedRateDto {
  const factor = engagementFactor(input.engagementRate, input.platform, input.tier);
  const scale = (money: string, quantity: number) => ((toCents(money) * BigInt(quantity) * BigInt(Math.round(factor * 100))) / 10_000n) * 100n;
  const items = input.deliverables.map((d) => {
    const as = pricedAs(d.type, d.platform);
    const row = input.card(d.platform, input.tier, as);
    return { type: d.type, platform: d.platform, quantity: d.quantity, pricedAs: as, low: scale(row.min, d.quantity), typical: scale(row.typical, d.quantity), high: scale(row.max, d.quantity), row };
  });
  const sum = (key: 'low' | 'typical' | 'high') => items.reduce((total, i) => total + i[key], 0n);
  const norm = ENGAGEMENT_NORMS[input.platform][input.tier];
  const parts = items.map((i) => `${i.quantity} × ${PLATFORM_NAMES[i.platform]} ${i.type}${i.pricedAs !== i.type ? ` (priced as a ${i.pricedAs})` : ''} at ${dollars(toCents(i.row.typical))} typical${i.row.custom ? '' : ' (default card)'}`);
  const adjust = factor === 1 ? 'engagement at the tier norm, no adjustment' : `engagement ${input.engagementRate}% against the ${input.tier} norm of ${norm}% → ×${factor}`;
  return {
    low: fromCents(sum('low')),
    typical: fromCents(sum('typical')),
    high: fromCents(sum('high')),
    basis: `${input.tier} rate card: ${parts.join('; ')}; ${adjust}.`,
    tier: input.tier,
    engagementFactor: factor,
    items: items.map(({ row: _row, ...i }) => ({ ...i, low: fromCents(i.low), typical: fromCents(i.typical), high: fromCents(i.high) })),
  };
}
