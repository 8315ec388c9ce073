import { creatorBasis, proposeCounter } from './counter-draft';

describe('proposed counter', () => {
  const ask = (amount: string, currency = 'USD') => ({ amount, currency });

  it('is the suggested typical rate when the ask and the campaign allow it', () => {
    expect(proposeCounter({ typical: '780', maxRate: null, ask: ask('1200.00'), currency: 'USD' })).toEqual({ amount: '780.00', source: 'typical' });
    expect(proposeCounter({ typical: '780.00', maxRate: '780.00', ask: null, currency: 'USD' })).toEqual({ amount: '780.00', source: 'typical' });
  });

  it("is lowered to the campaign's maxRate, then to an ask below it", () => {
    expect(proposeCounter({ typical: '780.00', maxRate: '600.00', ask: ask('1200.00'), currency: 'USD' })).toEqual({ amount: '600.00', source: 'max_rate' });
    expect(proposeCounter({ typical: '780.00', maxRate: '600.00', ask: ask('450'), currency: 'USD' })).toEqual({ amount: '450.00', source: 'ask' });
  });

  it('ignores an ask in another currency', () => {
    expect(proposeCounter({ typical: '780.00', maxRate: null, ask: ask('300.00', 'EUR'), currency: 'USD' })).toEqual({ amount: '780.00', source: 'typical' });
  });
});

describe('the rate card basis said to the creator', () => {
  it('names the tier by followers and how engagement moved the figure', () => {
    expect(creatorBasis({ tier: 'micro', engagementFactor: 1.2 }, { platform: 'instagram', engagementRate: 3.6 })).toBe(
      'our rates for micro creators with 10K–100K followers, raised 20% for your 3.6% engagement where 2.5% is typical',
    );
    expect(creatorBasis({ tier: 'nano', engagementFactor: 1 }, { platform: 'tiktok', engagementRate: 9 })).toBe(
      'our rates for nano creators with under 10K followers, at the engagement typical for that size',
    );
    expect(creatorBasis({ tier: 'mega', engagementFactor: 0.75 }, { platform: 'youtube', engagementRate: 0.4 })).toBe(
      'our rates for mega creators with 1M+ followers, lowered 25% for 0.4% engagement where 1.5% is typical',
    );
  });
});
