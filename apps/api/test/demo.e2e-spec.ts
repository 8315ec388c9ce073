import { startTestApp, type TestApp } from './harness';

const OUT = '/api/influencer/outreach';

/** The demo seed (`npm start`): its running campaign's dashboard figures come from rows the seed wrote through the services. */
describe('demo seed', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_SEED: 'true', DEMO_PASSWORD: 'Demo-password-2026' });
    token = (await t.http.post('/api/auth/login').send({ email: 'demo@parley.example', password: 'Demo-password-2026' }).expect(200)).body.data.accessToken;
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });
  const get = async (path: string) => (await t.http.get(path).set('Authorization', `Bearer ${token}`).expect(200)).body.data;

  it('seeds a running campaign with signed contracts, deliveries through the workflow and figures; its performance adds up by hand', async () => {
    const campaigns = (await get(`${OUT}/campaigns`)).campaigns as { id: string; name: string }[];
    const series = campaigns.find((c) => c.name === 'Ridge 2 creator series')!;
    expect(campaigns).toHaveLength(3);
    const p = await get(`${OUT}/campaigns/${series.id}/performance`);
    // 1200 + 850 + 600; views 18,400 + 11,900 + 42,000; engagements 1,487 + 932 + 2,505; clicks 240 + 133 + 610.
    expect(p.totals).toMatchObject({ spend: '2650.00', views: 72300, engagements: 4924, clicks: 983, cpe: '0.54', cpm: '36.65', cpc: '2.70', published: 3, deliveries: 6 });
    expect(p.funnel).toMatchObject({ contracted: 3, published: 3 });
    expect(p.overdue).toBe(1);
    const statuses = (await get(`${OUT}/deliveries?campaignId=${series.id}`)).deliveries.map((d: { status: string }) => d.status).sort();
    expect(statuses).toEqual(['pending', 'published', 'published', 'published', 'rejected', 'submitted']);
  });
});
