import { divide, figuresOf, perUnit, ZERO_SUMS } from './performance-math';

describe('performance maths', () => {
  it('rounds half up to the cent, exactly', () => {
    expect(perUnit(100n, 8n)).toBe('0.13'); // 1.00 / 8 = 0.125
    expect(perUnit(100000n, 1510n)).toBe('0.66');
    expect(perUnit(75050n, 19321n, 1000n)).toBe('38.84');
    expect(perUnit(75050n, 60n)).toBe('12.51');
    expect(perUnit(208483n, 39721n, 1000n)).toBe('52.49');
    expect(perUnit(208483n, 268n)).toBe('7.78');
    expect(perUnit(1n, 3n)).toBe('0.00');
  });

  it('answers null, never Infinity or NaN, when the divisor is 0', () => {
    expect(perUnit(33333n, 0n)).toBeNull();
    expect(divide(5n, 0n, 4)).toBeNull();
    expect(figuresOf(ZERO_SUMS)).toMatchObject({ spend: '0.00', views: 0, engagements: 0, engagementRate: null, cpe: null, cpm: null, cpc: null });
    expect(figuresOf({ ...ZERO_SUMS, spendCents: 33333n })).toMatchObject({ spend: '333.33', cpe: null, cpm: null, cpc: null });
  });

  it('counts likes, comments and shares as engagements (not clicks), and the rate as a fraction', () => {
    const f = figuresOf({ spendCents: 100000n, views: 20000n, likes: 1400n, comments: 70n, shares: 40n, clicks: 200n, deliveries: 3, published: 2 });
    expect(f).toMatchObject({ engagements: 1510, engagementRate: '0.0755', cpe: '0.66', cpm: '50.00', cpc: '5.00', clicks: 200 });
    expect(divide(2n, 3n, 4)).toBe('0.6667');
  });
});
