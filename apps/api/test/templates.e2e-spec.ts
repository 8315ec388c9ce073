import { TEMPLATE_TYPES, CHANNELS } from '@parley/shared-types';
import { campaignBody, influencerBody } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';

const TEMPLATES = '/api/influencer/outreach/templates';
const BROKEN = /\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/;

describe('templates', () => {
  let t: TestApp;
  let s: TestStore;
  let full: string;
  let sparse: string;
  let campaign: string;
  beforeAll(async () => {
    t = await startTestApp();
    s = await registerStore(t);
    full = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('tpl', 1, { username: 'maya.runs', displayName: 'Maya Lopez', followersCount: 25400, engagementRate: 4.2, niche: ['fitness', 'running'], bio: 'Marathon coach posting interval plans and recovery tips.' })).expect(201)).body.data.id;
    sparse = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('tpl', 2, { displayName: undefined, bio: undefined })).expect(201)).body.data.id;
    campaign = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('tpl', { name: 'Spring trail launch' })).expect(201)).body.data.id;
  });
  afterAll(() => t.close());

  const preview = (id: string, body: Record<string, unknown>, store = s) => store.auth(t.http.post(`${TEMPLATES}/${id}/preview`)).send(body);
  const create = (body: Record<string, unknown>, store = s) => store.auth(t.http.post(TEMPLATES)).send(body);

  it('gives a new store a default template of every type for every channel, each rendering cleanly', async () => {
    const list = (await s.auth(t.http.get(TEMPLATES)).query({ perPage: 100 }).expect(200)).body.data.templates as { id: string; channel: string; templateType: string; subject: string | null; isDefault: boolean }[];
    const defaults = list.filter((x) => x.isDefault);
    expect(defaults).toHaveLength(TEMPLATE_TYPES.length * CHANNELS.length);
    for (const type of TEMPLATE_TYPES) for (const channel of CHANNELS) expect(defaults.some((d) => d.templateType === type && d.channel === channel)).toBe(true);
    for (const d of defaults) {
      if (d.channel === 'email') expect(d.subject).toEqual(expect.any(String));
      for (const body of [{ influencerId: full, campaignId: campaign }, { influencerId: sparse }]) {
        const p = (await preview(d.id, body).expect(200)).body.data;
        expect(Array.isArray(p.warnings)).toBe(true);
        expect(`${p.subject ?? ''}\n${p.body}`).not.toMatch(BROKEN);
        if (d.channel === 'email') expect(p.subject).toEqual(expect.any(String));
        if (d.channel === 'instagram_dm') expect(Buffer.byteLength(p.body)).toBeLessThanOrEqual(1000);
      }
    }
  });

  it('lists every placeholder with a description and an example', async () => {
    const vars = (await s.auth(t.http.get(`${TEMPLATES}/variables`)).expect(200)).body.data.variables as { name: string; description: string; example: string }[];
    for (const name of ['influencer_name', 'influencer_username', 'store_name', 'followers_count', 'engagement_rate', 'niche', 'campaign_name', 'ai_compliment', 'brand_alignment']) {
      const v = vars.find((x) => x.name === name);
      expect(v?.description).toBeTruthy();
      expect(v?.example).toBeTruthy();
    }
  });

  it('refuses unknown placeholders naming each, and other bad fields naming them', async () => {
    const bad = await create({ name: 'x', channel: 'email', templateType: 'initial_outreach', subject: 'Hi {{bar_qux}}', body: 'Hello {{foo}} and {{influencer_name}}' }).expect(422);
    expect(bad.body.error.message).toMatch(/\{\{foo\}\}.*\{\{bar_qux\}\}|\{\{bar_qux\}\}.*\{\{foo\}\}/);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['body', 'subject']));
    const base = { name: 'x', channel: 'email', templateType: 'initial_outreach', subject: 'Hi', body: 'Hello' };
    const { body: _b, ...noBody } = base;
    expect(fieldsOf((await create(noBody).expect(422)).body)).toContain('body');
    expect(fieldsOf((await create({ ...base, channel: 'fax' }).expect(422)).body)).toContain('channel');
    expect(fieldsOf((await create({ ...base, templateType: 'poem' }).expect(422)).body)).toContain('templateType');
    expect(fieldsOf((await create({ ...base, colour: 'red' }).expect(422)).body)).toContain('colour');
    expect(fieldsOf((await create({ ...base, subject: undefined }).expect(422)).body)).toContain('subject');
    expect(fieldsOf((await create({ ...base, body: '{{#each x}}{{/each}}' }).expect(422)).body)).toContain('body');
  });

  it('creates, reads, updates (refusing an unknown placeholder without changing anything) and deletes', async () => {
    const created = (await create({ name: 'Mine', channel: 'email', templateType: 'follow_up_1', subject: 'About {{campaign_name}}', body: 'Hi {{influencer_name}}, any thoughts?' }).expect(201)).body.data;
    expect(created).toMatchObject({ name: 'Mine', channel: 'email', templateType: 'follow_up_1', isDefault: false, variables: ['campaign_name', 'influencer_name'], spam: { score: 0 } });
    const list = (await s.auth(t.http.get(TEMPLATES)).expect(200)).body.data;
    expect(list.pagination).toMatchObject({ page: 1, perPage: 20 });
    expect(list.templates[0].id).toBe(created.id);
    await s.auth(t.http.patch(`${TEMPLATES}/${created.id}`)).send({ body: 'Hi {{shoe_size}}' }).expect(422);
    expect(fieldsOf((await s.auth(t.http.patch(`${TEMPLATES}/${created.id}`)).send({ name: null }).expect(422)).body)).toContain('name');
    const patched = (await s.auth(t.http.patch(`${TEMPLATES}/${created.id}`)).send({ name: 'Renamed', body: 'Hey {{influencer_first_name}}!' }).expect(200)).body.data;
    expect(patched).toMatchObject({ name: 'Renamed', body: 'Hey {{influencer_first_name}}!', subject: 'About {{campaign_name}}', variables: ['campaign_name', 'influencer_first_name'] });
    await s.auth(t.http.delete(`${TEMPLATES}/${created.id}`)).expect(200);
    await s.auth(t.http.get(`${TEMPLATES}/${created.id}`)).expect(404);
  });

  it('previews every placeholder from the creator, store and campaign', async () => {
    const id = (await create({
      name: 'Full',
      channel: 'email',
      templateType: 'initial_outreach',
      subject: '{{campaign_name}}: a trail idea for {{influencer_name}}',
      body: 'Hi {{influencer_name}},\n\n{{ai_compliment}}\n\nWe came across @{{influencer_username}} and your {{niche}} posts, with {{followers_count}} followers and a {{engagement_rate}} engagement rate.\n\n{{brand_alignment}}\n\nThanks, {{store_name}}',
    }).expect(201)).body.data.id;
    const p = (await preview(id, { influencerId: full, campaignId: campaign }).expect(200)).body.data;
    expect(p.subject).toBe('Spring trail launch: a trail idea for Maya Lopez');
    expect(p.body).toContain('We came across @maya.runs and your fitness and running posts, with 25.4K followers and a 4.2% engagement rate.');
    expect(p.body).toContain('Marathon coach posting interval plans and recovery tips');
    expect(p.body).not.toMatch(BROKEN);
    expect(p.html).toContain('<p>Hi Maya Lopez,</p>');
    expect(p.warnings).toEqual([]);
  });

  it('fills missing data with sensible text and reports each gap in warnings', async () => {
    const id = (await create({ name: 'Sparse', channel: 'email', templateType: 'initial_outreach', subject: 'A note for {{influencer_name}}', body: 'Hi {{influencer_name}},\n\n{{ai_compliment}}\n\nWe would love to have you in {{campaign_name}} this spring.' }).expect(201)).body.data.id;
    const p = (await preview(id, { influencerId: sparse }).expect(200)).body.data;
    expect(p.body).not.toMatch(BROKEN);
    expect(p.body).toContain('Hi tpl_2,');
    expect(p.body).toContain('in our next campaign this spring');
    expect(p.warnings.join(' ')).toMatch(/display name/);
    expect(p.warnings.join(' ')).toMatch(/campaign/);
  });

  it('escapes a hostile display name in the HTML part and leaves the text part plain', async () => {
    const hostile = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('tpl', 3, { displayName: 'Zoë <script>alert(1)</script> & "Co"' })).expect(201)).body.data.id;
    const id = (await create({ name: 'Hi', channel: 'email', templateType: 'initial_outreach', subject: 'Hi {{influencer_name}}', body: 'Hi {{influencer_name}}!' }).expect(201)).body.data.id;
    const p = (await preview(id, { influencerId: hostile }).expect(200)).body.data;
    expect(p.body).toBe('Hi Zoë <script>alert(1)</script> & "Co"!');
    expect(p.html).not.toContain('<script');
    expect(p.html).toContain('Zoë &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;!');
  });

  it('holds Instagram DMs to 1000 bytes: refused on save when the text alone is over, warned in preview when rendering goes over', async () => {
    let long = 'Salut {{influencer_name}} ! ';
    while (Buffer.byteLength(long) < 1150) long += 'Été en montagne ⛰️, café crème à l’aube 🏃‍♀️ — ';
    const refused = await create({ name: 'Long', channel: 'instagram_dm', templateType: 'initial_outreach', body: long }).expect(422);
    expect(JSON.stringify(refused.body.error)).toMatch(/1000 bytes/);
    const edge = `Hi {{influencer_name}}, ${'our trail shoes grip wet rock and dry fast. '.repeat(21)}`.slice(0, 960);
    const id = (await create({ name: 'Edge', channel: 'instagram_dm', templateType: 'initial_outreach', body: edge }).expect(201)).body.data.id;
    const longName = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('tpl', 4, { displayName: 'Maximiliana Alessandra Montgomery-Featherstonehaugh de la Vega y Castellanos' })).expect(201)).body.data.id;
    const p = (await preview(id, { influencerId: longName }).expect(200)).body.data;
    expect(p.bytes).toBeGreaterThan(1000);
    expect(p.warnings.join(' ')).toMatch(/at most 1000 bytes/);
  });

  it('shows spam findings on save and in preview', async () => {
    const spammy = (await create({ name: 'Spammy', channel: 'email', templateType: 'initial_outreach', subject: 'Re: FREE MONEY!!!', body: 'ACT NOW!!! Click here: https://bit.ly/x guaranteed winner' }).expect(201)).body.data;
    expect(spammy.spam.score).toBeGreaterThanOrEqual(5);
    expect(spammy.spam.findings.map((f: { rule: string }) => f.rule)).toEqual(expect.arrayContaining(['trigger-phrases', 'all-caps', 'exclamations', 'shortener', 'fake-reply']));
    const p = (await preview(spammy.id, { influencerId: full }).expect(200)).body.data;
    expect(p.warnings.some((w: string) => w.startsWith('Spam check:'))).toBe(true);
  });

  it("keeps templates to their store: another store gets 404 on every operation and cannot preview with another store's creator", async () => {
    const other = await registerStore(t);
    const id = (await create({ name: 'Private', channel: 'email', templateType: 'initial_outreach', subject: 'x', body: 'y' }).expect(201)).body.data.id;
    await other.auth(t.http.get(`${TEMPLATES}/${id}`)).expect(404);
    await other.auth(t.http.patch(`${TEMPLATES}/${id}`)).send({ name: 'hacked' }).expect(404);
    await preview(id, { influencerId: full }, other).expect(404);
    await other.auth(t.http.delete(`${TEMPLATES}/${id}`)).expect(404);
    const theirs = (await other.auth(t.http.get(TEMPLATES)).query({ perPage: 100 }).expect(200)).body.data.templates.map((x: { id: string }) => x.id);
    expect(theirs).not.toContain(id);
    const ownDefault = theirs[0];
    await preview(ownDefault, { influencerId: full }, other).expect(404);
  });
});
