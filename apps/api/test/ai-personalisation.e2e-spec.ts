import { campaignBody, influencerBody } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startOpenAiPeer } from './peers/openai-peer';

const TEMPLATES = '/api/influencer/outreach/templates';
const BROKEN = /\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]|"compliment"|\{"/;

describe('AI personalisation against an OpenAI-compatible server', () => {
  let t: TestApp;
  let s: TestStore;
  let ai: Awaited<ReturnType<typeof startOpenAiPeer>>;
  let template: string;
  let campaign: string;
  let n = 0;

  beforeAll(async () => {
    ai = await startOpenAiPeer();
    t = await startTestApp({ OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: ai.url, OPENAI_MODEL: 'test-model-1', AI_TIMEOUT_MS: '1500', AI_MAX_RETRIES: '2' });
    s = await registerStore(t);
    campaign = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('ai')).expect(201)).body.data.id;
    template = (
      await s
        .auth(t.http.post(TEMPLATES))
        .send({ name: 'AI', channel: 'email', templateType: 'initial_outreach', subject: 'Hi {{influencer_name}}', body: 'Hi {{influencer_name}},\n\n{{ai_compliment}}\n\n{{brand_alignment}}\n\nBest' })
        .expect(201)
    ).body.data.id;
  });
  afterAll(async () => {
    await t.close();
    await ai.stop();
  });

  /** A fresh creator each time: cached text would rightly answer without a call. */
  const freshCreator = async () =>
    (await s.auth(t.http.post('/api/influencers')).send(influencerBody('ai', ++n, { username: `runner_${n}`, niche: ['fitness', 'running'], bio: 'Trail runner and coach.' })).expect(201)).body.data.id as string;
  const preview = (influencerId: string) => s.auth(t.http.post(`${TEMPLATES}/${template}/preview`)).send({ influencerId, campaignId: campaign }).expect(200);

  it('sends the model, a system and a user message grounded in the profile, and a strict JSON schema; uses the answer', async () => {
    const before = ai.requests.length;
    const p = (await preview(await freshCreator())).body.data;
    const req = ai.requests[before];
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-test-key');
    expect(req.body.model).toBe('test-model-1');
    expect(req.body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(req.body.messages[1].content).toContain(`runner_${n}`);
    expect(req.body.messages[1].content).toContain('Trail runner and coach.');
    expect(req.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'personalised_lines', strict: true, schema: { required: ['compliment', 'brand_alignment'] } } });
    expect(p.body).toContain(`“Trail runner and coach” comes through in everything @runner_${n} posts, and it never feels forced.`);
    expect(p.body).toMatch(/People who follow you for fitness and running are exactly the audience Store \w+ wants to reach\./);
    expect(p.warnings).toEqual([]);
  });

  it('pays once per creator: a second preview is served from the cache', async () => {
    const creator = await freshCreator();
    await preview(creator);
    const calls = ai.requests.length;
    await preview(creator);
    expect(ai.requests.length).toBe(calls);
  });

  it('retries a 429 after its Retry-After and a 500, then uses the answer', async () => {
    ai.fail('rate-limit', 'server-error');
    const before = ai.requests.length;
    const started = Date.now();
    const p = (await preview(await freshCreator())).body.data;
    expect(ai.requests.length - before).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(p.body).toContain('comes through in everything');
  });

  it.each([
    ['every call failing with 500', ['server-error', 'server-error', 'server-error'] as const],
    ['malformed JSON content', ['malformed'] as const],
    ['an answer slower than the timeout', ['slow', 'slow', 'slow'] as const],
  ])('falls back to the offline writer on %s, never sending a broken message', async (_name, faults) => {
    ai.setSlowMs(4000);
    ai.fail(...faults);
    const p = (await preview(await freshCreator())).body.data;
    expect(`${p.subject}\n${p.body}`).not.toMatch(BROKEN);
    expect(p.body).toContain('Trail runner and coach');
    expect(p.body).not.toContain('comes through in everything');
    expect(p.warnings.join(' ')).toMatch(/AI writer was unavailable/);
  });

  it('records calls, failures, cache hits and tokens per store, visible in the API', async () => {
    const usage = (await s.auth(t.http.get('/api/ai/usage')).expect(200)).body.data;
    expect(usage).toMatchObject({ enabled: true, model: 'test-model-1' });
    expect(usage.totals.calls).toBeGreaterThanOrEqual(4);
    expect(usage.totals.failures).toBeGreaterThanOrEqual(2);
    expect(usage.totals.cacheHits).toBeGreaterThanOrEqual(1);
    expect(usage.totals.promptTokens).toBe(usage.totals.calls * 120);
    const other = await registerStore(t);
    expect((await other.auth(t.http.get('/api/ai/usage')).expect(200)).body.data.totals.calls).toBe(0);
  });
});
