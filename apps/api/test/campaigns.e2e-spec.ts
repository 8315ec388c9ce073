import { campaignBody, influencerBody } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';

const CAMPAIGNS = '/api/influencer/outreach/campaigns';

describe('campaigns', () => {
  let t: TestApp;
  let s: TestStore;
  beforeAll(async () => {
    t = await startTestApp();
    s = await registerStore(t);
  });
  afterAll(() => t.close());

  const create = (over: Record<string, unknown> = {}, store = s) => store.auth(t.http.post(CAMPAIGNS)).send(campaignBody('c', over));
  const move = (id: string, status: string) => s.auth(t.http.post(`${CAMPAIGNS}/${id}/status`)).send({ status });

  it('creates a draft with money as decimal strings, default follow-ups and zero stats computed from rows', async () => {
    const res = await create({ budget: '5000', maxRate: '500.5', sendWindow: { startHour: 22, endHour: 6, days: ['mon', 'fri'] } }).expect(201);
    expect(res.body.data).toMatchObject({
      status: 'draft',
      budget: '5000.00',
      maxRate: '500.50',
      followUpDays: [3, 7, 14],
      sendWindow: { startHour: 22, endHour: 6, days: ['mon', 'fri'] },
      influencerCount: 0,
      stats: {
        outreachSent: 0, opened: 0, replied: 0, interested: 0, declined: 0, openRate: 0, responseRate: 0,
        budget: '5000.00', budgetAllocated: '0.00', budgetRemaining: '5000.00', contracts: 0, deliveriesPublished: 0,
      },
    });
    const got = await s.auth(t.http.get(`${CAMPAIGNS}/${res.body.data.id}`)).expect(200);
    expect(got.body.data.stats).toEqual(res.body.data.stats);
  });

  it('refuses bad campaigns with 422 naming each field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ objective: 'fame' }, 'objective'],
      [{ name: '  ' }, 'name'],
      [{ budget: 'a lot' }, 'budget'],
      [{ budget: 99.999 }, 'budget'],
      [{ deliverables: [{ type: 'post', platform: 'myspace', quantity: 1 }] }, 'deliverables.0.platform'],
      [{ followUpDays: [7, 3] }, 'followUpDays'],
      [{ sendWindow: { startHour: 25, endHour: 5, days: ['mon'] } }, 'sendWindow.startHour'],
      [{ sendWindow: { startHour: 9, endHour: 9, days: ['mon'] } }, 'sendWindow.endHour'],
      [{ startDate: '2027-05-01T00:00:00.000Z', endDate: '2027-04-01T00:00:00.000Z' }, 'endDate'],
      [{ storeId: 'x' }, 'storeId'],
    ];
    for (const [over, field] of cases) expect(fieldsOf((await create(over).expect(422)).body)).toContain(field);
  });

  it('lists newest first with stats on every item and filters by status', async () => {
    const store = await registerStore(t);
    const a = await create({ name: 'A' }, store).expect(201);
    const b = await create({ name: 'B', budget: '1200.50' }, store).expect(201);
    await store.auth(t.http.post(`${CAMPAIGNS}/${b.body.data.id}/status`)).send({ status: 'active' }).expect(200);
    const list = await store.auth(t.http.get(CAMPAIGNS)).expect(200);
    expect(list.body.data.campaigns.map((c: { name: string }) => c.name)).toEqual(['B', 'A']);
    expect(list.body.data.campaigns[0].stats).toMatchObject({ budget: '1200.50', budgetRemaining: '1200.50' });
    const drafts = await store.auth(t.http.get(CAMPAIGNS)).query({ status: 'draft' }).expect(200);
    expect(drafts.body.data.campaigns.map((c: { id: string }) => c.id)).toEqual([a.body.data.id]);
    expect(fieldsOf((await store.auth(t.http.get(CAMPAIGNS)).query({ status: 'bogus' }).expect(422)).body)).toContain('status');
  });

  it('sums every campaign of the store in /summary, by status, money to the cent', async () => {
    const store = await registerStore(t);
    expect((await store.auth(t.http.get(`${CAMPAIGNS}/summary`)).expect(200)).body.data).toMatchObject({ campaigns: 0, budget: '0.00', openRate: 0 });
    await create({ budget: '1000.10' }, store).expect(201);
    const b = (await create({ budget: '250.25' }, store).expect(201)).body.data.id;
    await store.auth(t.http.post(`${CAMPAIGNS}/${b}/status`)).send({ status: 'active' }).expect(200);
    const summary = (await store.auth(t.http.get(`${CAMPAIGNS}/summary`)).expect(200)).body.data;
    expect(summary).toMatchObject({
      campaigns: 2,
      byStatus: { draft: 1, active: 1, paused: 0, completed: 0 },
      budget: '1250.35',
      budgetAllocated: '0.00',
      budgetRemaining: '1250.35',
      outreachSent: 0,
      influencers: 0,
    });
    expect((await s.auth(t.http.get(`${CAMPAIGNS}/summary`)).expect(200)).body.data.budget).not.toBe('1250.35');
  });

  it('updates fields with PATCH, keeping the rest', async () => {
    const c = await create().expect(201);
    const res = await s.auth(t.http.patch(`${CAMPAIGNS}/${c.body.data.id}`)).send({ description: 'Patched', budget: '7000', maxRate: null }).expect(200);
    expect(res.body.data).toMatchObject({ description: 'Patched', budget: '7000.00', maxRate: null, name: c.body.data.name, objective: 'awareness' });
    await s.auth(t.http.patch(`${CAMPAIGNS}/${c.body.data.id}`)).send({ status: 'active' }).expect(422);
    for (const field of ['name', 'budget', 'followUpDays']) {
      expect(fieldsOf((await s.auth(t.http.patch(`${CAMPAIGNS}/${c.body.data.id}`)).send({ [field]: null }).expect(422)).body)).toContain(field);
    }
  });

  it('moves draft→active→paused⇄active→completed and answers every illegal move with 409', async () => {
    const id = (await create().expect(201)).body.data.id;
    const steps: [string, number][] = [['paused', 409], ['completed', 409], ['active', 200], ['active', 409], ['paused', 200], ['paused', 409], ['active', 200], ['completed', 200], ['active', 409], ['paused', 409], ['draft', 409]];
    for (const [status, code] of steps) {
      const res = await move(id, status).expect(code);
      if (code === 409) expect(res.body.error).toMatchObject({ code: 'INVALID_TRANSITION', details: { to: status } });
    }
    expect((await s.auth(t.http.get(`${CAMPAIGNS}/${id}`)).expect(200)).body.data.status).toBe('completed');
    expect(fieldsOf((await move(id, 'bogus').expect(422)).body)).toContain('status');
  });

  it('suggests matching non-members, adds members idempotently and lists them', async () => {
    const store = await registerStore(t);
    const mk = async (username: string, over: Record<string, unknown>) =>
      (await store.auth(t.http.post('/api/influencers')).send(influencerBody('m', 0, { username, ...over })).expect(201)).body.data.id as string;
    const match = await mk('match', { followersCount: 50000, engagementRate: 4.5, niche: ['fitness'], typicalRate: '300.00' });
    const misses = [
      await mk('nano', { followersCount: 5000, engagementRate: 4.5, niche: ['fitness'], typicalRate: '300.00' }),
      await mk('food', { followersCount: 50000, engagementRate: 4.5, niche: ['food'], typicalRate: '300.00' }),
      await mk('low', { followersCount: 50000, engagementRate: 1.5, niche: ['fitness'], typicalRate: '300.00' }),
      await mk('pricey', { followersCount: 50000, engagementRate: 4.5, niche: ['fitness'], typicalRate: '900.00' }),
    ];
    const c = (await create({ targetTiers: ['micro'], targetNiches: ['fitness'], minEngagement: 3, maxRate: '500.00' }, store).expect(201)).body.data.id;
    const suggest = async () => (await store.auth(t.http.get(`${CAMPAIGNS}/${c}/influencers`)).query({ suggest: 'true' }).expect(200)).body.data.influencers.map((i: { id: string }) => i.id);
    expect(await suggest()).toEqual([match]);
    const added = await store.auth(t.http.post(`${CAMPAIGNS}/${c}/influencers`)).send({ influencerIds: [match, misses[0]] }).expect(200);
    expect(added.body.data).toEqual({ added: 2, alreadyMembers: 0 });
    const again = await store.auth(t.http.post(`${CAMPAIGNS}/${c}/influencers`)).send({ influencerIds: [match] }).expect(200);
    expect(again.body.data).toEqual({ added: 0, alreadyMembers: 1 });
    const members = await store.auth(t.http.get(`${CAMPAIGNS}/${c}/influencers`)).expect(200);
    expect(members.body.data.influencers.map((m: { influencerId: string }) => m.influencerId).sort()).toEqual([match, misses[0]].sort());
    expect(members.body.data.pagination.total).toBe(2);
    expect(await suggest()).toEqual([]);
    expect((await store.auth(t.http.get(`${CAMPAIGNS}/${c}`)).expect(200)).body.data.influencerCount).toBe(2);
    await store.auth(t.http.post(`${CAMPAIGNS}/${c}/influencers`)).send({ influencerIds: ['0b7e3c43-6a57-4a44-9c2e-3c0f0a9f9d11'] }).expect(404);
    expect(fieldsOf((await store.auth(t.http.post(`${CAMPAIGNS}/${c}/influencers`)).send({ influencerIds: ['nope'] }).expect(422)).body)).toContain('influencerIds');
  });
});
