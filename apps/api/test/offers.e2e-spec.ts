import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { campaignBody, influencerBody } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';

const OUT = '/api/influencer/outreach';

/**
 * Offers and the campaign budget against a real PostgreSQL. Outreach rows are written directly (no
 * email needed to negotiate); everything else goes through the API.
 */
describe('negotiation: offers and the campaign budget', () => {
  let t: TestApp;
  let s: TestStore;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    s = await registerStore(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const campaign = async (budget: string, over: Record<string, unknown> = {}) =>
    (await s.auth(t.http.post(`${OUT}/campaigns`)).send(campaignBody(`neg${++n}`, { budget, ...over })).expect(201)).body.data.id as string;
  /** An outreach that was sent and answered with a rate. */
  const outreach = async (campaignId: string, over: Record<string, unknown> = {}) => {
    const influencerId = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('neg', ++n, { platform: 'instagram', followersCount: 40_000, engagementRate: 2.5, ...over })).expect(201)).body.data.id;
    const [{ id }] = await t.app.get(DataSource).query(
      `INSERT INTO influencer_outreach (store_id, campaign_id, influencer_id, channel, message, status, sent_at, reply_category) VALUES ($1, $2, $3, 'email', 'Hi', 'interested', now(), 'rate_negotiation') RETURNING id`,
      [s.storeId, campaignId, influencerId],
    );
    return id as string;
  };
  const offer = (outreachId: string, body: Record<string, unknown>, expect = 201) =>
    s
      .auth(t.http.post(`${OUT}/${outreachId}/offers`))
      .send({ compensationType: 'flat_fee', deliverables: [{ type: 'reel', platform: 'instagram', quantity: 1 }], ...body })
      .expect(expect);
  const stats = async (campaignId: string) => (await s.auth(t.http.get(`${OUT}/campaigns/${campaignId}`)).expect(200)).body.data.stats;
  const detail = async (id: string) => (await s.auth(t.http.get(`${OUT}/${id}`)).expect(200)).body.data;

  it('records offers and counter-offers oldest first, flags those above maxRate or the rate card, and shows the state on the outreach', async () => {
    const c = await campaign('5000.00', { maxRate: '1000.00' });
    const o = await outreach(c);
    const a = (await offer(o, { amount: '1200', from: 'influencer', note: 'My usual rate' })).body.data;
    expect(a).toMatchObject({ amount: '1200.00', currency: 'USD', from: 'influencer', status: 'open', flags: ['above_max_rate'], note: 'My usual rate' });
    const b = (await offer(o, { amount: '900.00', from: 'brand', currency: 'eur' })).body.data;
    expect(b).toMatchObject({ currency: 'EUR', flags: [] });
    const huge = (await offer(o, { amount: '5000.00', from: 'influencer' })).body.data;
    expect(huge.flags).toEqual(['above_max_rate', 'above_rate_card']);
    const list = (await s.auth(t.http.get(`${OUT}/${o}/offers`)).expect(200)).body.data.offers;
    expect(list.map((x: { id: string }) => x.id)).toEqual([a.id, b.id, huge.id]);
    const d = await detail(o);
    expect(d.negotiationState).toBe('open');
    expect(d.events.filter((e: { type: string }) => e.type === 'offer_made')).toHaveLength(3);
  });

  it('names the bad fields of an offer', async () => {
    const o = await outreach(await campaign('100.00'));
    expect(fieldsOf((await offer(o, { amount: 'a lot', from: 'alien', compensationType: 'barter', currency: 'dollars' }, 422)).body)).toEqual(expect.arrayContaining(['amount', 'from', 'compensationType', 'currency']));
    expect(fieldsOf((await offer(o, { amount: '10', from: 'brand', deliverables: [{ type: 'reel', platform: 'vine', quantity: 0 }] }, 422)).body).join(' ')).toMatch(/deliverables\.0/);
    await offer(randomUUID(), { amount: '10', from: 'brand' }, 404);
  });

  it('accepting reserves the amount, supersedes the other open offers; rejecting leaves the budget; cancelling releases it', async () => {
    const c = await campaign('5000.00');
    const o = await outreach(c);
    const first = (await offer(o, { amount: '1200.00', from: 'influencer' })).body.data;
    const counter = (await offer(o, { amount: '1000.00', from: 'brand' })).body.data;
    const accepted = (await s.auth(t.http.post(`${OUT}/offers/${counter.id}/accept`)).expect(200)).body.data;
    expect(accepted).toMatchObject({ status: 'accepted' });
    expect((await s.auth(t.http.get(`${OUT}/${o}/offers`)).expect(200)).body.data.offers.map((x: { status: string }) => x.status)).toEqual(['superseded', 'accepted']);
    expect(await stats(c)).toMatchObject({ budgetAllocated: '1000.00', budgetRemaining: '4000.00' });
    expect((await detail(o)).negotiationState).toBe('agreed');
    await offer(o, { amount: '800.00', from: 'brand' }, 409);
    await s.auth(t.http.post(`${OUT}/offers/${first.id}/accept`)).expect(409);

    const o2 = await outreach(c);
    const rejected = (await offer(o2, { amount: '900.00', from: 'influencer' })).body.data;
    expect((await s.auth(t.http.post(`${OUT}/offers/${rejected.id}/reject`)).expect(200)).body.data.status).toBe('rejected');
    expect((await stats(c)).budgetAllocated).toBe('1000.00');
    const tooBig = (await offer(o2, { amount: '4500.00', from: 'influencer' })).body.data;
    const refused = await s.auth(t.http.post(`${OUT}/offers/${tooBig.id}/accept`)).expect(409);
    expect(refused.body.error).toMatchObject({ code: 'BUDGET_EXCEEDED', details: { amount: '4500.00', remaining: '4000.00' } });
    expect((await stats(c)).budgetAllocated).toBe('1000.00');

    expect((await s.auth(t.http.post(`${OUT}/offers/${counter.id}/cancel`)).expect(200)).body.data.status).toBe('cancelled');
    expect(await stats(c)).toMatchObject({ budgetAllocated: '0.00', budgetRemaining: '5000.00' });
    expect((await detail(o)).negotiationState).toBe('open');
    await s.auth(t.http.post(`${OUT}/offers/${counter.id}/cancel`)).expect(409);
  });

  it('20 concurrent accepts against a budget that fits 5 allocate exactly 5 and answer 409 to the rest', async () => {
    const c = await campaign('500.00');
    const offers: string[] = [];
    for (let i = 0; i < 20; i++) offers.push((await offer(await outreach(c), { amount: '100.00', from: 'influencer' })).body.data.id);
    const results = await Promise.all(offers.map((id) => s.auth(t.http.post(`${OUT}/offers/${id}/accept`))));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((x) => x === 200)).toHaveLength(5);
    expect(statuses.filter((x) => x === 409)).toHaveLength(15);
    expect(await stats(c)).toMatchObject({ budgetAllocated: '500.00', budgetRemaining: '0.00' });
    const [{ live }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS live FROM budget_reservations WHERE campaign_id = $1 AND released_at IS NULL`, [c]);
    expect(live).toBe(5);
  });

  it('walking away rejects the open offers; one store never sees another store\'s offers', async () => {
    const o = await outreach(await campaign('1000.00'));
    const open = (await offer(o, { amount: '300.00', from: 'influencer' })).body.data;
    expect((await s.auth(t.http.post(`${OUT}/${o}/offers/walk-away`)).send({ note: 'Too far apart' }).expect(200)).body.data).toEqual({ negotiationState: 'walked_away' });
    expect((await s.auth(t.http.get(`${OUT}/${o}/offers`)).expect(200)).body.data.offers[0].status).toBe('rejected');
    expect((await detail(o)).negotiationState).toBe('walked_away');
    const other = await registerStore(t);
    await other.auth(t.http.get(`${OUT}/${o}/offers`)).expect(404);
    await other.auth(t.http.post(`${OUT}/offers/${open.id}/accept`)).expect(404);
  });
});
