import { campaignBody, influencerBody } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startOpenAiPeer } from './peers/openai-peer';

const DRAFTS = '/api/influencer/outreach/drafts';
const words = (s: string) => s.trim().split(/\s+/).length;

describe('message drafts', () => {
  describe('with a language model', () => {
    let t: TestApp;
    let s: TestStore;
    let ai: Awaited<ReturnType<typeof startOpenAiPeer>>;
    let creator: string;
    let campaign: string;
    beforeAll(async () => {
      ai = await startOpenAiPeer();
      t = await startTestApp({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: ai.url, OPENAI_MODEL: 'draft-model', AI_TIMEOUT_MS: '1500', AI_MAX_RETRIES: '0' });
      s = await registerStore(t);
      creator = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('dr', 1, { username: 'maya.runs', bio: 'Marathon coach posting interval plans.', niche: ['fitness'] })).expect(201)).body.data.id;
      campaign = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('dr')).expect(201)).body.data.id;
    });
    afterAll(async () => {
      await t.close();
      await ai.stop();
    });

    it('writes a first email of 150–200 words with a subject, from the profile facts, in one structured call', async () => {
      const before = ai.requests.length;
      const d = (await s.auth(t.http.post(DRAFTS)).send({ influencerId: creator, campaignId: campaign, channel: 'email', kind: 'initial_outreach' }).expect(200)).body.data;
      const req = ai.requests[before];
      expect(req.body.model).toBe('draft-model');
      expect(req.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'email_draft', strict: true, schema: { required: ['subject', 'body'] } } });
      expect(req.body.messages[1].content).toMatch(/FIRST message to this creator: 150–200 words/);
      expect(req.body.messages[1].content).toContain('Marathon coach posting interval plans.');
      expect(d).toMatchObject({ subject: 'An idea for @maya.runs', source: 'llm', warnings: [] });
      expect(words(d.body)).toBeGreaterThanOrEqual(150);
      expect(words(d.body)).toBeLessThanOrEqual(210);
    });

    it('writes follow-ups shorter, in the style of their number, and DMs without a subject', async () => {
      const before = ai.requests.length;
      const d = (await s.auth(t.http.post(DRAFTS)).send({ influencerId: creator, channel: 'instagram_dm', kind: 'follow_up', followUpNumber: 3 }).expect(200)).body.data;
      const req = ai.requests[before];
      expect(req.body.response_format?.json_schema?.name).toBe('dm_draft');
      expect(req.body.messages[1].content).toMatch(/follow-up number 3 .*closes the loop/);
      expect(d.subject).toBeNull();
      expect(Buffer.byteLength(d.body)).toBeLessThanOrEqual(1000);
      expect(words(d.body)).toBeLessThanOrEqual(60);
    });

    it("answers a creator's reply, quoting it to the model", async () => {
      const before = ai.requests.length;
      await s.auth(t.http.post(DRAFTS)).send({ influencerId: creator, channel: 'email', kind: 'response', replyText: 'Sounds fun! What is the budget?' }).expect(200);
      expect(ai.requests[before].body.messages[1].content).toContain('Sounds fun! What is the budget?');
      expect(fieldsOf((await s.auth(t.http.post(DRAFTS)).send({ influencerId: creator, channel: 'email', kind: 'response' }).expect(422)).body)).toContain('replyText');
    });

    it('falls back to the default template when the model fails, and says so', async () => {
      ai.fail('malformed');
      const other = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('dr', 2)).expect(201)).body.data.id;
      const d = (await s.auth(t.http.post(DRAFTS)).send({ influencerId: other, channel: 'email', kind: 'initial_outreach' }).expect(200)).body.data;
      expect(d.source).toBe('template');
      expect(d.warnings[0]).toMatch(/AI writer was unavailable/);
      expect(d.body).not.toMatch(/\{\{|undefined|null/);
    });
  });

  it('drafts from the default templates when no model is configured', async () => {
    const t = await startTestApp();
    try {
      const s = await registerStore(t);
      const creator = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('off', 1)).expect(201)).body.data.id;
      const d = (await s.auth(t.http.post(DRAFTS)).send({ influencerId: creator, channel: 'tiktok_dm', kind: 'follow_up', followUpNumber: 2 }).expect(200)).body.data;
      expect(d).toMatchObject({ subject: null, source: 'template' });
      expect(d.body).toMatch(/still love to work with you/);
    } finally {
      await t.close();
    }
  });
});
