import { fromCents, type Money, type PerformanceFigures } from '@parley/shared-types';

/** The sums a set of deliveries and contracts comes to, as read from the database. */
export interface PerformanceSums {
  spendCents: bigint;
  views: bigint;
  likes: bigint;
  comments: bigint;
  shares: bigint;
  clicks: bigint;
  deliveries: number;
  published: number;
}

export const ZERO_SUMS: PerformanceSums = { spendCents: 0n, views: 0n, likes: 0n, comments: 0n, shares: 0n, clicks: 0n, deliveries: 0, published: 0 };

/** a / b rounded half up to `places` decimals, as a decimal string; null when b is 0. Integers only: never a float. */
export function divide(a: bigint, b: bigint, places: number): string | null {
  if (b === 0n) return null;
  const scale = 10n ** BigInt(places);
  const q = (2n * a * scale + b) / (2n * b);
  const whole = (q / scale).toString();
  return places ? `${whole}.${(q % scale).toString().padStart(places, '0')}` : whole;
}

/** Money per unit (spend in cents × scale ÷ units), to the cent half up; null when there are no units. */
export function perUnit(spendCents: bigint, units: bigint, scale = 1n): Money | null {
  if (units === 0n) return null;
  return fromCents((2n * spendCents * scale + units) / (2n * units));
}

export const addSums = (a: PerformanceSums, b: PerformanceSums): PerformanceSums => ({
  spendCents: a.spendCents + b.spendCents,
  views: a.views + b.views,
  likes: a.likes + b.likes,
  comments: a.comments + b.comments,
  shares: a.shares + b.shares,
  clicks: a.clicks + b.clicks,
  deliveries: a.deliveries + b.deliveries,
  published: a.published + b.published,
});

/**
 * The figures the contract defines: engagements = likes + comments + shares; CPE = spend ÷
 * engagements, CPM = spend ÷ views × 1000, CPC = spend ÷ clicks, each to the cent half up and null
 * when its divisor is 0; the engagement rate is engagements ÷ views to four decimals.
 */
export function figuresOf(s: PerformanceSums): PerformanceFigures {
  const engagements = s.likes + s.comments + s.shares;
  return {
    spend: fromCents(s.spendCents),
    views: Number(s.views),
    likes: Number(s.likes),
    comments: Number(s.comments),
    shares: Number(s.shares),
    engagements: Number(engagements),
    engagementRate: divide(engagements, s.views, 4),
    clicks: Number(s.clicks),
    cpe: perUnit(s.spendCents, engagements),
    cpm: perUnit(s.spendCents, s.views, 1000n),
    cpc: perUnit(s.spendCents, s.clicks),
    deliveries: s.deliveries,
    published: s.published,
  };
}
