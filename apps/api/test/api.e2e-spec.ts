import { registerStore, startTestApp, type TestApp } from './harness';

/** Every method and path of the contract's "Auth, store, keys", "Influencers" and "Campaigns" sections. */
const CONTRACT_OPERATIONS = [
  'post /api/auth/register', 'post /api/auth/login', 'get /api/auth/me', 'get /api/store', 'patch /api/store',
  'post /api/api-keys', 'get /api/api-keys', 'delete /api/api-keys/{id}',
  'post /api/influencers', 'get /api/influencers', 'get /api/influencers/{id}', 'patch /api/influencers/{id}', 'delete /api/influencers/{id}', 'post /api/influencers/import',
  'post /api/influencer/outreach/campaigns', 'get /api/influencer/outreach/campaigns', 'get /api/influencer/outreach/campaigns/{id}',
  'patch /api/influencer/outreach/campaigns/{id}', 'post /api/influencer/outreach/campaigns/{id}/status',
  'post /api/influencer/outreach/campaigns/{id}/influencers', 'get /api/influencer/outreach/campaigns/{id}/influencers',
  'get /api/influencer/outreach/campaigns/summary', 'get /api/health',
  'post /api/influencer/outreach/templates', 'get /api/influencer/outreach/templates', 'get /api/influencer/outreach/templates/variables',
  'get /api/influencer/outreach/templates/{id}', 'patch /api/influencer/outreach/templates/{id}', 'delete /api/influencer/outreach/templates/{id}',
  'post /api/influencer/outreach/templates/{id}/preview', 'get /api/ai/usage',
  'get /api/channels', 'put /api/channels/email', 'delete /api/channels/email', 'post /api/influencer/outreach/drafts',
  'get /api/suppressions', 'post /api/suppressions', 'delete /api/suppressions/{idOrEmail}',
];

describe('API conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports PostgreSQL, Redis and queue depths on /api/health without a token', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body.data).toMatchObject({ status: 'ok', database: 'up', redis: 'up' });
    expect(res.body.data.queues.maintenance).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 });
  });

  it('publishes an OpenAPI 3 document listing every contract operation, with examples, and Swagger UI', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const have = Object.entries(res.body.paths as Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(have).toEqual(expect.arrayContaining(CONTRACT_OPERATIONS));
    const createCampaign = res.body.paths['/api/influencer/outreach/campaigns'].post;
    expect(JSON.stringify(createCampaign.responses['201'])).toContain('example');
    const ui = await t.http.get('/api/docs/').expect(200);
    expect(ui.text).toMatch(/swagger/i);
  });

  it('answers unknown /api routes, random ids and malformed ids with the 404 envelope, never a 5xx', async () => {
    const s = await registerStore(t);
    const route = await s.auth(t.http.get('/api/no-such-route')).expect(404);
    expect(route.body).toMatchObject({ success: false, error: { code: 'NOT_FOUND' } });
    for (const path of ['/api/influencers/0b7e3c43-6a57-4a44-9c2e-3c0f0a9f9d11', '/api/influencers/not-an-id', "/api/influencer/outreach/campaigns/1'%20OR%201=1", '/api/influencers/%00']) {
      const res = await s.auth(t.http.get(path));
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('answers a malformed JSON body with 400 and a body over the limit with 413, both in the envelope', async () => {
    const s = await registerStore(t);
    const bad = await s.auth(t.http.post('/api/influencers')).set('Content-Type', 'application/json').set('X-Request-Id', 'bad-json-1').send('{"username": "x",').expect(400);
    expect(bad.body.error).toMatchObject({ code: 'BAD_REQUEST', message: 'The request body is not valid JSON', requestId: 'bad-json-1' });
    const huge = JSON.stringify({ influencers: [{ bio: 'x'.repeat(t.config.JSON_BODY_LIMIT) }] });
    const big = await s.auth(t.http.post('/api/influencers/import')).set('Content-Type', 'application/json').send(huge).expect(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('carries a request id on every answer and in error envelopes', async () => {
    const res = await t.http.get('/api/store').set('X-Request-Id', 'trace-abc-123').expect(401);
    expect(res.headers['x-request-id']).toBe('trace-abc-123');
    expect(res.body.error.requestId).toBe('trace-abc-123');
  });
});
