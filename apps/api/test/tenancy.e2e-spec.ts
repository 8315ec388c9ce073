import { campaignBody, influencerBody } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';

const CAMPAIGNS = '/api/influencer/outreach/campaigns';

/** Store B must never see or change store A's records: every endpoint answers 404, every list leaves them out. */
describe('tenant isolation', () => {
  let t: TestApp;
  let a: TestStore;
  let b: TestStore;
  let inf: string;
  let camp: string;
  let key: { id: string; key: string };
  beforeAll(async () => {
    t = await startTestApp();
    a = await registerStore(t, 'Store A');
    b = await registerStore(t, 'Store B');
    inf = (await a.auth(t.http.post('/api/influencers')).send(influencerBody('iso', 1, { username: 'zebra_iso', displayName: 'Zebra' })).expect(201)).body.data.id;
    camp = (await a.auth(t.http.post(CAMPAIGNS)).send(campaignBody('iso')).expect(201)).body.data.id;
    await a.auth(t.http.post(`${CAMPAIGNS}/${camp}/influencers`)).send({ influencerIds: [inf] }).expect(200);
    key = (await a.auth(t.http.post('/api/api-keys')).send({ name: 'A key' }).expect(201)).body.data;
  });
  afterAll(() => t.close());

  it("answers 404 to every operation on another store's influencer and leaves it untouched", async () => {
    await b.auth(t.http.get(`/api/influencers/${inf}`)).expect(404);
    await b.auth(t.http.patch(`/api/influencers/${inf}`)).send({ displayName: 'hacked' }).expect(404);
    await b.auth(t.http.delete(`/api/influencers/${inf}`)).expect(404);
    expect((await a.auth(t.http.get(`/api/influencers/${inf}`)).expect(200)).body.data.displayName).toBe('Zebra');
  });

  it("answers 404 to every operation on another store's campaign and leaves it untouched", async () => {
    const own = (await b.auth(t.http.post('/api/influencers')).send(influencerBody('isob', 1)).expect(201)).body.data.id;
    await b.auth(t.http.get(`${CAMPAIGNS}/${camp}`)).expect(404);
    await b.auth(t.http.patch(`${CAMPAIGNS}/${camp}`)).send({ name: 'hacked' }).expect(404);
    await b.auth(t.http.post(`${CAMPAIGNS}/${camp}/status`)).send({ status: 'active' }).expect(404);
    await b.auth(t.http.get(`${CAMPAIGNS}/${camp}/influencers`)).expect(404);
    await b.auth(t.http.get(`${CAMPAIGNS}/${camp}/influencers`)).query({ suggest: 'true' }).expect(404);
    await b.auth(t.http.post(`${CAMPAIGNS}/${camp}/influencers`)).send({ influencerIds: [own] }).expect(404);
    const still = (await a.auth(t.http.get(`${CAMPAIGNS}/${camp}`)).expect(200)).body.data;
    expect(still).toMatchObject({ status: 'draft', name: 'Campaign iso', influencerCount: 1 });
  });

  it("cannot add another store's influencer to its own campaign", async () => {
    const bc = (await b.auth(t.http.post(CAMPAIGNS)).send(campaignBody('b')).expect(201)).body.data.id;
    await b.auth(t.http.post(`${CAMPAIGNS}/${bc}/influencers`)).send({ influencerIds: [inf] }).expect(404);
    expect((await b.auth(t.http.get(`${CAMPAIGNS}/${bc}/influencers`)).expect(200)).body.data.influencers).toEqual([]);
  });

  it("never lists another store's rows, whatever the filter", async () => {
    const ids = (res: { body: { data: Record<string, { id: string }[]> } }, k: string) => res.body.data[k].map((x) => x.id);
    expect(ids(await b.auth(t.http.get('/api/influencers')).query({ perPage: 100 }).expect(200), 'influencers')).not.toContain(inf);
    expect(ids(await b.auth(t.http.get('/api/influencers')).query({ q: 'zebra' }).expect(200), 'influencers')).toEqual([]);
    expect(ids(await b.auth(t.http.get('/api/influencers')).query({ campaignId: camp }).expect(200), 'influencers')).toEqual([]);
    expect(ids(await b.auth(t.http.get(CAMPAIGNS)).query({ perPage: 100 }).expect(200), 'campaigns')).not.toContain(camp);
    expect(ids(await b.auth(t.http.get('/api/api-keys')).expect(200), 'apiKeys')).not.toContain(key.id);
  });

  it("imports the same (platform, username) as another store into its own row", async () => {
    const res = await b.auth(t.http.post('/api/influencers/import')).send({ influencers: [influencerBody('iso', 1, { username: 'zebra_iso', displayName: 'B copy', followersCount: 777 })] }).expect(200);
    expect(res.body.data).toMatchObject({ created: 1, updated: 0 });
    expect((await a.auth(t.http.get(`/api/influencers/${inf}`)).expect(200)).body.data).toMatchObject({ displayName: 'Zebra' });
  });

  it("cannot revoke another store's API key, which keeps working; B's store is B's", async () => {
    await b.auth(t.http.delete(`/api/api-keys/${key.id}`)).expect(404);
    expect((await t.http.get('/api/store').set('Authorization', `Bearer ${key.key}`).expect(200)).body.data.name).toBe('Store A');
    expect((await b.auth(t.http.get('/api/store')).expect(200)).body.data.name).toBe('Store B');
  });
});
