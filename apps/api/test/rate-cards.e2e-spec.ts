import { randomUUID } from 'node:crypto';
import { influencerBody } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';

describe('rate cards and suggested rates', () => {
  let t: TestApp;
  let s: TestStore;

  beforeAll(async () => {
    t = await startTestApp();
    s = await registerStore(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const cards = async (store = s) => (await store.auth(t.http.get('/api/rate-cards')).expect(200)).body.data.rateCards as { platform: string; tier: string; deliverableType: string; min: string; typical: string; max: string; custom: boolean }[];
  const row = (list: Awaited<ReturnType<typeof cards>>, platform: string, tier: string, type: string) => list.find((c) => c.platform === platform && c.tier === tier && c.deliverableType === type)!;

  it('lists every platform × tier × deliverable type with the defaults, sets rows of one store only, and resets', async () => {
    const defaults = await cards();
    expect(defaults).toHaveLength(3 * 4 * 6);
    expect(row(defaults, 'instagram', 'micro', 'post')).toEqual({ platform: 'instagram', tier: 'micro', deliverableType: 'post', min: '250.00', typical: '500.00', max: '1000.00', custom: false });

    const set = (await s.auth(t.http.put('/api/rate-cards')).send({ rateCards: [{ platform: 'instagram', tier: 'micro', deliverableType: 'reel', min: '400', typical: '700.5', max: '1500' }] }).expect(200)).body.data.rateCards;
    expect(row(set, 'instagram', 'micro', 'reel')).toMatchObject({ min: '400.00', typical: '700.50', max: '1500.00', custom: true });
    expect(row(set, 'instagram', 'micro', 'post')).toEqual(row(defaults, 'instagram', 'micro', 'post'));
    const other = await registerStore(t);
    expect(row(await cards(other), 'instagram', 'micro', 'reel').custom).toBe(false);

    const reset = (await s.auth(t.http.delete('/api/rate-cards')).expect(200)).body.data.rateCards;
    expect(reset).toEqual(defaults);
  });

  it('refuses a row out of order, twice listed or of an unknown kind, naming it', async () => {
    const bad = await s.auth(t.http.put('/api/rate-cards')).send({ rateCards: [{ platform: 'tiktok', tier: 'nano', deliverableType: 'video', min: '100', typical: '50', max: '200' }] }).expect(422);
    expect(fieldsOf(bad.body)).toEqual(['rateCards.0']);
    const twice = { platform: 'tiktok', tier: 'nano', deliverableType: 'video', min: '10', typical: '50', max: '200' };
    expect(fieldsOf((await s.auth(t.http.put('/api/rate-cards')).send({ rateCards: [twice, twice] }).expect(422)).body)).toEqual(['rateCards.1']);
    const unknown = await s.auth(t.http.put('/api/rate-cards')).send({ rateCards: [{ platform: 'myspace', tier: 'nano', deliverableType: 'video', min: 'x', typical: '50', max: '200' }] }).expect(422);
    expect(fieldsOf(unknown.body).join(' ')).toMatch(/platform/);
    expect(fieldsOf(unknown.body).join(' ')).toMatch(/min/);
  });

  it('suggests a rate from the card for the tier, adjusted by engagement, and says its basis', async () => {
    const id = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('rate', 1, { platform: 'instagram', followersCount: 48_000, engagementRate: 5.63 })).expect(201)).body.data.id;
    const one = (await s.auth(t.http.get(`/api/influencers/${id}/suggested-rate`)).expect(200)).body.data;
    expect(one).toMatchObject({ tier: 'micro', engagementFactor: 1.5, low: '375.00', typical: '750.00', high: '1500.00' });
    expect(one.basis).toMatch(/micro rate card: 1 × Instagram post at \$500 typical \(default card\); engagement 5.63% against the micro norm of 2.5% → ×1.5/);

    await s.auth(t.http.put('/api/rate-cards')).send({ rateCards: [{ platform: 'instagram', tier: 'micro', deliverableType: 'reel', min: '400', typical: '800', max: '1200' }] }).expect(200);
    const deliverables = JSON.stringify([{ type: 'reel', platform: 'instagram', quantity: 2 }, { type: 'story', platform: 'instagram', quantity: 3 }]);
    const two = (await s.auth(t.http.get(`/api/influencers/${id}/suggested-rate`).query({ deliverables })).expect(200)).body.data;
    expect(two.items).toEqual([
      { type: 'reel', platform: 'instagram', quantity: 2, pricedAs: 'reel', low: '1200.00', typical: '2400.00', high: '3600.00' },
      { type: 'story', platform: 'instagram', quantity: 3, pricedAs: 'story', low: '450.00', typical: '900.00', high: '1800.00' },
    ]);
    expect(two).toMatchObject({ low: '1650.00', typical: '3300.00', high: '5400.00' });
    expect(two.basis).toContain('2 × Instagram reel at $800 typical;');

    const bad = await s.auth(t.http.get(`/api/influencers/${id}/suggested-rate`).query({ deliverables: '[{"type":"reel","platform":"vine","quantity":0}]' })).expect(422);
    expect(fieldsOf(bad.body)).toEqual(['deliverables.0']);
    expect(fieldsOf((await s.auth(t.http.get(`/api/influencers/${id}/suggested-rate`).query({ deliverables: 'not json' })).expect(422)).body)).toEqual(['deliverables']);
    await s.auth(t.http.get(`/api/influencers/${randomUUID()}/suggested-rate`)).expect(404);
    const other = await registerStore(t);
    await other.auth(t.http.get(`/api/influencers/${id}/suggested-rate`)).expect(404);
  });
});
