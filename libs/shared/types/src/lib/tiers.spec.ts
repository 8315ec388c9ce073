import { TIERS, TIER_RANGES, tierOf } from './tiers';

describe('tierOf', () => {
  it.each([
    [0, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
    [700_000_000, 'mega'],
  ])('%i followers → %s', (followers, tier) => {
    expect(tierOf(followers)).toBe(tier);
  });

  it('ranges tile the number line without gaps or overlaps', () => {
    for (let i = 1; i < TIERS.length; i++) expect(TIER_RANGES[TIERS[i]].min).toBe(TIER_RANGES[TIERS[i - 1]].max);
    expect(TIER_RANGES.mega.max).toBeNull();
  });
});
