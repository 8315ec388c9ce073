/** A complete influencer body; `i` varies every field. */
export function influencerBody(tag: string, i: number, over: Record<string, unknown> = {}) {
  const niches = ['fitness', 'food', 'fashion', 'beauty', 'travel', 'tech', 'gaming', 'parenting'];
  return {
    username: `${tag}_${i}`,
    platform: (['instagram', 'tiktok', 'youtube'] as const)[i % 3],
    displayName: `Creator ${tag} ${i}`,
    email: `${tag}.${i}@example.com`,
    platformUserId: String(7_000_000_000_000_000_000n + BigInt(i)),
    followersCount: [4200, 25000, 180000, 2500000][i % 4] + i,
    engagementRate: Number((1 + (i % 90) / 10).toFixed(2)),
    niche: [niches[i % niches.length], niches[(i + 3) % niches.length]],
    bio: `Sharing ${niches[i % niches.length]} stories every week.`,
    typicalRate: `${100 + (i % 900)}.00`,
    country: 'US',
    language: 'en',
    timezone: 'America/New_York',
    ...over,
  };
}

export const CSV_COLUMNS = ['username', 'platform', 'displayName', 'email', 'platformUserId', 'followersCount', 'engagementRate', 'niche', 'bio', 'typicalRate', 'country', 'language', 'timezone'];

const cell = (v: unknown) => {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(rows: Record<string, unknown>[], columns = CSV_COLUMNS, { bom = false, eol = '\n' } = {}): string {
  return (bom ? '\uFEFF' : '') + [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join(eol) + eol;
}

export function campaignBody(tag: string, over: Record<string, unknown> = {}) {
  return {
    name: `Campaign ${tag}`,
    description: `Campaign ${tag}`,
    objective: 'awareness',
    budget: '5000.00',
    deliverables: [{ type: 'post', platform: 'instagram', quantity: 2 }],
    targetTiers: ['micro'],
    targetNiches: ['fitness'],
    startDate: '2027-03-01T00:00:00.000Z',
    endDate: '2027-04-30T00:00:00.000Z',
    ...over,
  };
}
