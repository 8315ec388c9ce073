import { PLATFORMS, RATE_DELIVERABLE_TYPES, TIERS, toCents, type Platform, type RateCardDto, type RateDeliverableType, type Tier } from '@parley/shared-types';
import { defaultRate } from './default-rates';
import { engagementFactor, suggestRate } from './suggest-rate';

const card = (platform: Platform, tier: Tier, type: RateDeliverableType): RateCardDto => {
  const d = defaultRate(platform, tier, type);
  return { platform, tier, deliverableType: type, min: `${d.min}.00`, typical: `${d.typical}.00`, max: `${d.max}.00`, custom: false };
};

describe('default rate cards', () => {
  it('read min ≤ typical ≤ max and rise with the tier, for every platform and type', () => {
    for (const platform of PLATFORMS)
      for (const type of RATE_DELIVERABLE_TYPES) {
        let previous = 0;
        for (const tier of TIERS) {
          const { min, typical, max } = defaultRate(platform, tier, type);
          expect(min).toBeLessThanOrEqual(typical);
          expect(typical).toBeLessThanOrEqual(max);
          expect(typical).toBeGreaterThan(previous);
          previous = typical;
        }
      }
  });

  it('price a story below a post and a reel above it on Instagram', () => {
    expect(defaultRate('instagram', 'micro', 'story').typical).toBeLessThan(defaultRate('instagram', 'micro', 'post').typical);
    expect(defaultRate('instagram', 'micro', 'reel').typical).toBeGreaterThan(defaultRate('instagram', 'micro', 'post').typical);
  });
});

describe('suggested rate', () => {
  it('is the card at the tier norm', () => {
    const r = suggestRate({ tier: 'micro', platform: 'instagram', engagementRate: 2.5, deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }], card });
    expect(r).toMatchObject({ low: '250.00', typical: '500.00', high: '1000.00', engagementFactor: 1, tier: 'micro' });
    expect(r.basis).toContain('no adjustment');
  });

  it('rises with engagement above the norm (damped, at most ×1.5) and falls below it (at least ×0.75)', () => {
    const at = (er: number) => suggestRate({ tier: 'micro', platform: 'instagram', engagementRate: er, deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }], card });
    expect(at(5.625).engagementFactor).toBe(1.5);
    expect(at(5.625).typical).toBe('750.00');
    expect(at(50).engagementFactor).toBe(1.5);
    expect(at(1.6).engagementFactor).toBe(0.8);
    expect(at(0.1).engagementFactor).toBe(0.75);
    expect(at(5.625).basis).toMatch(/engagement 5.625% against the micro norm of 2.5% → ×1.5/);
  });

  it('adds up quantities and formats, and prices an unknown type as the platform main format', () => {
    const r = suggestRate({
      tier: 'macro',
      platform: 'tiktok',
      engagementRate: 4.5,
      deliverables: [
        { type: 'video', platform: 'tiktok', quantity: 2 },
        { type: 'unboxing', platform: 'tiktok', quantity: 1 },
        { type: 'story', platform: 'instagram', quantity: 3 },
      ],
      card,
    });
    const typical = 2 * defaultRate('tiktok', 'macro', 'video').typical + defaultRate('tiktok', 'macro', 'video').typical + 3 * defaultRate('instagram', 'macro', 'story').typical;
    expect(toCents(r.typical)).toBe(BigInt(typical * 100));
    expect(r.items[1]).toMatchObject({ type: 'unboxing', pricedAs: 'video' });
    expect(r.basis).toContain('priced as a video');
  });

  it('uses the norm of the creator platform and tier', () => {
    expect(engagementFactor(9, 'tiktok', 'nano')).toBe(1);
    expect(engagementFactor(4, 'instagram', 'nano')).toBe(1);
  });
});
