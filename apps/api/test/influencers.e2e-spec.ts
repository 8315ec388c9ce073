import { campaignBody, influencerBody, toCsv } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';

describe('influencers', () => {
  let t: TestApp;
  let s: TestStore;
  beforeAll(async () => {
    t = await startTestApp({ IMPORT_MAX_BYTES: String(4 * 1024 * 1024) });
    s = await registerStore(t);
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, store = s) => store.auth(t.http.post('/api/influencers')).send(body);
  /** One influencer by exact username (q matches substrings, so page through the matches). */
  const findByUsername = async (username: string, store: TestStore) => {
    for (let page = 1; ; page++) {
      const res = await store.auth(t.http.get('/api/influencers')).query({ q: username, perPage: 100, page }).expect(200);
      const hit = res.body.data.influencers.find((x: { username: string }) => x.username === username);
      if (hit || page >= res.body.data.pagination.pages) return hit;
    }
  };
  const listAll = async (query: Record<string, unknown>, store = s) => {
    const res = await store.auth(t.http.get('/api/influencers')).query({ perPage: 100, ...query }).expect(200);
    return res.body.data.influencers as { id: string; username: string }[];
  };

  it('creates an influencer with every field, money as a decimal string and a 19-digit id kept exactly', async () => {
    const body = influencerBody('crud', 1, { typicalRate: '300' });
    const res = await create(body).expect(201);
    expect(res.body.data).toMatchObject({ ...body, typicalRate: '300.00', tier: 'micro' });
    expect(res.body.data.platformUserId).toBe('7000000000000000001');
  });

  it('derives the tier at each boundary and follows followersCount on PATCH', async () => {
    const cases: [number, string][] = [[9_999, 'nano'], [10_000, 'micro'], [99_999, 'micro'], [100_000, 'macro'], [999_999, 'macro'], [1_000_000, 'mega']];
    for (const [i, [followersCount, tier]] of cases.entries()) {
      const res = await create(influencerBody('tier', i, { followersCount })).expect(201);
      expect(res.body.data.tier).toBe(tier);
    }
    const one = await create(influencerBody('tierpatch', 1, { followersCount: 5000 })).expect(201);
    const patched = await s.auth(t.http.patch(`/api/influencers/${one.body.data.id}`)).send({ followersCount: 150000, displayName: 'Patched' }).expect(200);
    expect(patched.body.data).toMatchObject({ tier: 'macro', displayName: 'Patched' });
    // null clears what is optional on create and is refused, by name, for what is required.
    const cleared = await s.auth(t.http.patch(`/api/influencers/${one.body.data.id}`)).send({ bio: null, typicalRate: null }).expect(200);
    expect(cleared.body.data).toMatchObject({ bio: null, typicalRate: null });
    for (const field of ['followersCount', 'username', 'niche']) {
      expect(fieldsOf((await s.auth(t.http.patch(`/api/influencers/${one.body.data.id}`)).send({ [field]: null }).expect(422)).body)).toContain(field);
    }
  });

  it('refuses bad bodies with 422 naming the field', async () => {
    const { username: _u, ...noUsername } = influencerBody('bad', 1);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...influencerBody('bad', 2), platform: 'myspace' }, 'platform'],
      [noUsername, 'username'],
      [{ ...influencerBody('bad', 3), followersCount: 'lots' }, 'followersCount'],
      [{ ...influencerBody('bad', 4), niche: 'fitness' }, 'niche'],
      [{ ...influencerBody('bad', 5), typicalRate: 12.5 }, 'typicalRate'],
      [{ ...influencerBody('bad', 6), storeId: 'someone-else' }, 'storeId'],
    ];
    for (const [body, field] of cases) expect(fieldsOf((await create(body).expect(422)).body)).toContain(field);
  });

  it('answers 409 to the same (platform, username) twice, case-insensitively', async () => {
    await create(influencerBody('dup', 1, { username: 'Same.Handle', platform: 'instagram' })).expect(201);
    const res = await create(influencerBody('dup', 2, { username: 'same.handle', platform: 'tiktok' })).expect(201);
    expect(res.body.data.platform).toBe('tiktok');
    await create(influencerBody('dup', 3, { username: 'SAME.HANDLE', platform: 'tiktok' })).expect(409);
  });

  it('deletes, after which the influencer is 404', async () => {
    const one = await create(influencerBody('del', 1)).expect(201);
    await s.auth(t.http.delete(`/api/influencers/${one.body.data.id}`)).expect(200);
    await s.auth(t.http.get(`/api/influencers/${one.body.data.id}`)).expect(404);
    await s.auth(t.http.delete(`/api/influencers/${one.body.data.id}`)).expect(404);
  });

  it('filters by q, platform, tier, niche, minEngagement, maxRate and campaignId, exactly', async () => {
    const f = await registerStore(t);
    const defs = [
      { username: 'zebra_one', platform: 'instagram', followersCount: 50000, engagementRate: 4.5, niche: ['fitness', 'food'], typicalRate: '300.00' },
      { username: 'zebra_two', platform: 'tiktok', followersCount: 5000, engagementRate: 4.5, niche: ['fitness'], typicalRate: '300.00' },
      { username: 'foodie', platform: 'instagram', followersCount: 60000, engagementRate: 4.5, niche: ['food'], typicalRate: '300.00' },
      { username: 'low', platform: 'youtube', followersCount: 70000, engagementRate: 1.5, niche: ['fitness'], typicalRate: '300.00' },
      { username: 'pricey', platform: 'instagram', followersCount: 80000, engagementRate: 4.5, niche: ['fitness'], typicalRate: '900.00' },
      { username: 'star', platform: 'youtube', followersCount: 3000000, engagementRate: 2, niche: ['tech'], typicalRate: undefined },
    ];
    const ids: Record<string, string> = {};
    for (const [i, d] of defs.entries()) ids[d.username] = (await create(influencerBody('f', i, d), f).expect(201)).body.data.id;
    const names = async (q: Record<string, unknown>) => (await listAll(q, f)).map((x) => x.username).sort();
    expect(await names({ q: 'ZEBRA' })).toEqual(['zebra_one', 'zebra_two']);
    expect(await names({ platform: 'tiktok' })).toEqual(['zebra_two']);
    expect(await names({ tier: 'mega' })).toEqual(['star']);
    expect(await names({ tier: 'micro' })).toEqual(['foodie', 'low', 'pricey', 'zebra_one']);
    expect(await names({ niche: 'food' })).toEqual(['foodie', 'zebra_one']);
    expect(await names({ minEngagement: 4 })).toEqual(['foodie', 'pricey', 'zebra_one', 'zebra_two']);
    expect(await names({ maxRate: '400' })).toEqual(['foodie', 'low', 'zebra_one', 'zebra_two']);
    expect(await names({ platform: 'instagram', niche: 'fitness', tier: 'micro' })).toEqual(['pricey', 'zebra_one']);
    const c = await f.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('f')).expect(201);
    await f.auth(t.http.post(`/api/influencer/outreach/campaigns/${c.body.data.id}/influencers`)).send({ influencerIds: [ids.low, ids.star] }).expect(200);
    expect(await names({ campaignId: c.body.data.id })).toEqual(['low', 'star']);
    expect(fieldsOf((await f.auth(t.http.get('/api/influencers')).query({ tier: 'giant' }).expect(422)).body)).toContain('tier');
  });

  it('pages newest first with stable ties, default perPage 20, and refuses perPage over 100', async () => {
    const p = await registerStore(t);
    const rows = Array.from({ length: 25 }, (_, i) => influencerBody('page', i));
    await p.auth(t.http.post('/api/influencers/import')).send({ influencers: rows }).expect(200);
    const first = await p.auth(t.http.get('/api/influencers')).expect(200);
    expect(first.body.data.pagination).toEqual({ page: 1, perPage: 20, total: 25, pages: 2 });
    const all = [] as string[];
    for (let page = 1; page <= 5; page++) {
      const res = await p.auth(t.http.get('/api/influencers')).query({ perPage: 6, page }).expect(200);
      all.push(...res.body.data.influencers.map((x: { id: string }) => x.id));
    }
    const single = await p.auth(t.http.get('/api/influencers')).query({ perPage: 100 }).expect(200);
    expect(all).toEqual(single.body.data.influencers.map((x: { id: string }) => x.id));
    expect(fieldsOf((await p.auth(t.http.get('/api/influencers')).query({ perPage: 500 }).expect(422)).body)).toContain('perPage');
  });

  describe('import', () => {
    it('imports 10,000 CSV rows in one request, splitting niches on ";" and keeping quoted commas and quotes', async () => {
      const imp = await registerStore(t);
      const rows = Array.from({ length: 10_000 }, (_, i) =>
        influencerBody('imp', i, { displayName: i === 8 ? 'Smith, Jane "JJ"' : `Imported ${i}`, niche: i === 7 ? ['fashion', 'beauty', 'travel'] : ['tech'] }),
      );
      const res = await imp.auth(t.http.post('/api/influencers/import')).attach('file', Buffer.from(toCsv(rows)), 'influencers.csv').expect(200);
      expect(res.body.data).toEqual({ created: 10_000, updated: 0, errors: [] });
      const search = await imp.auth(t.http.get('/api/influencers')).query({ q: 'imp_7' }).expect(200);
      expect(search.body.data.influencers[0].username).toBe('imp_7');
      const total = await imp.auth(t.http.get('/api/influencers')).query({ perPage: 1 }).expect(200);
      expect(total.body.data.pagination.total).toBe(10_000);
      const seven = await findByUsername('imp_7', imp);
      expect(seven.niche).toEqual(['fashion', 'beauty', 'travel']);
      const eight = await findByUsername('imp_8', imp);
      expect(eight.displayName).toBe('Smith, Jane "JJ"');

      const again = rows.slice(0, 100).map((r) => ({ ...r, followersCount: 123456, bio: undefined }));
      const upsert = await imp.auth(t.http.post('/api/influencers/import')).attach('file', Buffer.from(toCsv(again)), 'again.csv').expect(200);
      expect(upsert.body.data).toEqual({ created: 0, updated: 100, errors: [] });
      const three = await findByUsername('imp_3', imp);
      expect(three).toMatchObject({ followersCount: 123456, tier: 'macro', bio: rows[3].bio });
    });

    it('reports bad rows by file line (header = line 1) and imports the good ones of a BOM + CRLF file', async () => {
      const imp = await registerStore(t);
      const cols = ['username', 'platform', 'displayName', 'followersCount', 'engagementRate', 'niche', 'typicalRate'];
      const good = (n: number) => ({ username: `good${n}`, platform: 'instagram', displayName: `Good, "${n}"`, followersCount: 5000 * n, engagementRate: 3.2, niche: ['fashion', 'beauty'], typicalRate: '100.00' });
      const rows = [good(1), { ...good(2), platform: 'myspace' }, good(3), { ...good(4), followersCount: 'lots' }, good(5)];
      const res = await imp.auth(t.http.post('/api/influencers/import')).attach('file', Buffer.from(toCsv(rows, cols, { bom: true, eol: '\r\n' })), 'x.csv').expect(200);
      expect(res.body.data.created).toBe(3);
      expect(res.body.data.errors).toEqual([
        { row: 3, message: expect.stringContaining('platform') },
        { row: 5, message: expect.stringContaining('followersCount') },
      ]);
      const g1 = (await listAll({ q: 'good1' }, imp))[0] as unknown as { displayName: string; niche: string[] };
      expect(g1).toMatchObject({ displayName: 'Good, "1"', niche: ['fashion', 'beauty'] });
    });

    it('refuses a CSV with unknown columns, naming them, and imports nothing', async () => {
      const imp = await registerStore(t);
      const res = await imp.auth(t.http.post('/api/influencers/import')).attach('file', Buffer.from('username,platform,shoeSize\na,instagram,42\n'), 'x.csv').expect(422);
      expect(res.body.error.message).toContain('shoeSize');
      expect((await listAll({}, imp)).length).toBe(0);
    });

    it('answers 413 to a file over the size limit', async () => {
      const imp = await registerStore(t);
      const rows = Array.from({ length: 40_000 }, (_, i) => influencerBody('big', i, { bio: 'x'.repeat(60) }));
      const res = await imp.auth(t.http.post('/api/influencers/import')).attach('file', Buffer.from(toCsv(rows)), 'big.csv').expect(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      const raw = await imp.auth(t.http.post('/api/influencers/import')).set('Content-Type', 'text/csv').send(toCsv(rows)).expect(413);
      expect(raw.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      expect((await listAll({}, imp)).length).toBe(0);
    });

    it('imports a raw text/csv body', async () => {
      const imp = await registerStore(t);
      const res = await imp.auth(t.http.post('/api/influencers/import')).set('Content-Type', 'text/csv').send(toCsv([influencerBody('raw', 1), influencerBody('raw', 2)])).expect(200);
      expect(res.body.data).toEqual({ created: 2, updated: 0, errors: [] });
    });

    it('imports JSON {influencers: [...]} with per-item errors numbered from 1', async () => {
      const imp = await registerStore(t);
      const res = await imp
        .auth(t.http.post('/api/influencers/import'))
        .send({ influencers: [influencerBody('json', 1), { ...influencerBody('json', 2), platform: 'myspace' }, influencerBody('json', 3)] })
        .expect(200);
      expect(res.body.data).toMatchObject({ created: 2, updated: 0, errors: [{ row: 2, message: expect.stringContaining('platform') }] });
      const cased = await imp.auth(t.http.post('/api/influencers/import')).send({ influencers: [{ ...influencerBody('json', 4), platform: ' YouTube ' }] }).expect(200);
      expect(cased.body.data).toMatchObject({ created: 1, errors: [] });
      expect(fieldsOf((await imp.auth(t.http.post('/api/influencers/import')).send({ rows: [] }).expect(422)).body)).toContain('rows');
      expect(fieldsOf((await imp.auth(t.http.post('/api/influencers/import')).attach('other', Buffer.from('x'), 'x.csv').expect(422)).body)).toContain('file');
    });
  });
});
