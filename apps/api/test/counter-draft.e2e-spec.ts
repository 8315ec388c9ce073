import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { campaignBody, influencerBody } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startOpenAiPeer } from './peers/openai-peer';

const OUT = '/api/influencer/outreach';
const BROKEN = /\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/;

/**
 * Drafted counter-offers against a real PostgreSQL: the amount proposed from the rate card, the
 * message from the store's negotiation_counter template or from a language model (a local server
 * speaking OpenAI's wire format), never sent and never recorded as an offer.
 *
 * The creators are micro (40,000 followers) on Instagram at the tier's norm engagement (2.5%), so a
 * reel prices at the default card's 325 / 650 / 1,300 with no adjustment.
 */
describe('counter-offer drafts', () => {
  /** A store with helpers to make a campaign, an answered outreach, and the creator's ask. */
  const helpers = (t: TestApp, s: TestStore) => {
    let n = 0;
    const tag = randomUUID().slice(0, 6);
    const campaign = async (over: Record<string, unknown> = {}) =>
      (
        await s
          .auth(t.http.post(`${OUT}/campaigns`))
          .send(campaignBody(`cd${tag}${++n}`, over))
          .expect(201)
      ).body.data.id as string;
    const outreach = async (campaignId: string | null, channel = 'email') => {
      const influencerId = (
        await s
          .auth(t.http.post('/api/influencers'))
          .send(influencerBody(`cd${tag}`, ++n, { platform: 'instagram', followersCount: 40_000, engagementRate: 2.5, displayName: `Maya ${n}` }))
          .expect(201)
      ).body.data.id as string;
      const [{ id }] = await t.app
        .get(DataSource)
        .query(
          `INSERT INTO influencer_outreach (store_id, campaign_id, influencer_id, channel, message, status, sent_at, reply_category) VALUES ($1, $2, $3, $4, 'Hi', 'interested', now(), 'rate_negotiation') RETURNING id`,
          [s.storeId, campaignId, influencerId, channel],
        );
      return { id: id as string, influencerId };
    };
    const ask = async (outreachId: string, amount: string, over: Record<string, unknown> = {}) =>
      (
        await s
          .auth(t.http.post(`${OUT}/${outreachId}/offers`))
          .send({ amount, from: 'influencer', compensationType: 'flat_fee', deliverables: [{ type: 'reel', platform: 'instagram', quantity: 1 }], ...over })
          .expect(201)
      ).body.data;
    const draft = (outreachId: string, body: Record<string, unknown> = {}, status = 200) =>
      s
        .auth(t.http.post(`${OUT}/${outreachId}/offers/counter-draft`))
        .send(body)
        .expect(status);
    return { campaign, outreach, ask, draft };
  };

  describe('from the template (no language model)', () => {
    let t: TestApp;
    let s: TestStore;
    let h: ReturnType<typeof helpers>;
    beforeAll(async () => {
      t = await startTestApp();
      s = await registerStore(t);
      h = helpers(t, s);
    });
    afterAll(async () => {
      await t.close();
    });

    it('proposes the suggested typical rate against the ask and cites the rate card range and its basis; nothing is recorded or sent', async () => {
      const c = await h.campaign();
      const o = await h.outreach(c);
      const a = await h.ask(o.id, '1200.00');
      const d = (await h.draft(o.id)).body.data;
      expect(d).toMatchObject({
        amount: '650.00',
        currency: 'USD',
        amountSource: 'typical',
        writer: 'offline',
        channel: 'email',
        rateCard: { low: '325.00', typical: '650.00', high: '1300.00' },
        ask: { offerId: a.id, amount: '1200.00', currency: 'USD' },
        deliverables: [{ type: 'reel', platform: 'instagram', quantity: 1 }],
      });
      const suggested = (
        await s
          .auth(t.http.get(`/api/influencers/${o.influencerId}/suggested-rate`))
          .query({ deliverables: JSON.stringify([{ type: 'reel', platform: 'instagram', quantity: 1 }]) })
          .expect(200)
      ).body.data;
      expect(d.basis).toBe(suggested.basis);
      expect(d.subject).toMatch(/^Re: your rate for Campaign cd/);
      expect(d.body).toContain('we can offer $650.00 for Campaign cd');
      expect(d.body).toContain('your rate of $1,200.00 for 1 Instagram reel');
      expect(d.body).toContain('puts the fee at $325.00–$1,300.00, typically $650.00');
      expect(d.body).toContain('based on our rates for micro creators with 10K–100K followers, at the engagement typical for that size');
      expect(`${d.subject}\n${d.body}`).not.toMatch(BROKEN);
      expect(d.warnings).toEqual([]);

      // A draft only: the offers and the thread are as they were.
      const offers = (await s.auth(t.http.get(`${OUT}/${o.id}/offers`)).expect(200)).body.data.offers;
      expect(offers.map((f: { id: string }) => f.id)).toEqual([a.id]);
      const [{ messages }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS messages FROM outreach_messages WHERE outreach_id = $1`, [o.id]);
      expect(messages).toBe(0);
    });

    it("keeps the counter within the campaign's maxRate and the ask, takes the team's amount, and says the writer was the template when asked", async () => {
      const capped = await h.outreach(await h.campaign({ maxRate: '500.00' }));
      await h.ask(capped.id, '1200.00');
      expect((await h.draft(capped.id)).body.data).toMatchObject({ amount: '500.00', amountSource: 'max_rate' });

      const modest = await h.outreach(await h.campaign({ maxRate: '500.00' }));
      await h.ask(modest.id, '420');
      expect((await h.draft(modest.id)).body.data).toMatchObject({ amount: '420.00', amountSource: 'ask' });

      const d = (await h.draft(capped.id, { amount: '575.5', currency: 'eur', writer: 'template' })).body.data;
      expect(d).toMatchObject({ amount: '575.50', currency: 'EUR', amountSource: 'request', writer: 'template' });
      expect(d.body).toContain('we can offer €575.50');
      expect(d.body).toContain('$325.00–$1,300.00');
    });

    it("prices the body's deliverables, else the campaign's when there is no ask, and writes DMs from the channel's template", async () => {
      const o = await h.outreach(await h.campaign());
      await h.ask(o.id, '2000.00');
      const two = (await h.draft(o.id, { deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }] })).body.data;
      expect(two).toMatchObject({
        rateCard: { low: '650.00', typical: '1300.00', high: '2600.00' },
        amount: '1300.00',
        deliverables: [{ type: 'reel', quantity: 2 }],
      });
      expect(two.body).toContain('2 Instagram reels');

      // No ask: the campaign's 2 Instagram posts (250 / 500 / 1,000 each), and a DM without a subject.
      const dm = await h.outreach(await h.campaign(), 'instagram_dm');
      const d = (await h.draft(dm.id)).body.data;
      expect(d).toMatchObject({ subject: null, channel: 'instagram_dm', ask: null, amount: '1000.00', rateCard: { low: '500.00', high: '2000.00' } });
      expect(d.body).toBe(
        "Thanks for your rate, Maya! Our rate card puts 2 Instagram posts at $500.00–$2,000.00, based on our rates for micro creators with 10K–100K followers, at the engagement typical for that size, so we can offer $1,000.00. If a different scope would make it work for you, tell me and we'll adjust.",
      );
      expect(Buffer.byteLength(d.body)).toBeLessThanOrEqual(1000);
      expect(d.warnings.join(' ')).toMatch(/\{\{influencer_ask\}\}: the creator has no open offer/);
    });

    it("uses the store's own counter-offer template (its default row as seeded before the card was cited reads as today's default), and says when it does not cite the card", async () => {
      const o = await h.outreach(await h.campaign());
      await h.ask(o.id, '900.00');
      const SEEDED_BEFORE = `Hi {{influencer_first_name}},

Thanks for sending your rates, and for being clear about them. For {{deliverables}} we can offer {{offer_amount}}, which is what our budget for {{campaign_name}} allows while keeping things fair across the creators we work with.

If the scope can change to make it work for you (fewer pieces, usage rights, timing), tell me what would and we'll look at it together.

Best,
{{sender_name}}`;
      await t.app
        .get(DataSource)
        .query(`UPDATE outreach_templates SET body = $2 WHERE store_id = $1 AND template_type = 'negotiation_counter' AND channel = 'email'`, [
          s.storeId,
          SEEDED_BEFORE,
        ]);
      expect((await h.draft(o.id)).body.data.body).toContain('puts the fee at $325.00–$1,300.00');
      // Edited by the store (no longer the seeded text): its own words win.
      await t.app
        .get(DataSource)
        .query(`UPDATE outreach_templates SET body = $2 WHERE store_id = $1 AND template_type = 'negotiation_counter' AND channel = 'email'`, [
          s.storeId,
          `${SEEDED_BEFORE}\nP.S. Thanks again.`,
        ]);
      expect((await h.draft(o.id)).body.data.body).toMatch(/we can offer \$650\.00, which is what our budget[\s\S]*P\.S\. Thanks again\.$/);

      await s
        .auth(t.http.post(`${OUT}/templates`))
        .send({
          name: 'Our counter',
          channel: 'email',
          templateType: 'negotiation_counter',
          subject: 'About {{influencer_ask}}',
          body: 'Hi {{influencer_first_name}}, {{offer_amount}} is our offer; our card says {{rate_card_range}} ({{rate_card_basis}}).',
        })
        .expect(201);
      const d = (await h.draft(o.id)).body.data;
      expect(d.subject).toBe('About $900.00');
      expect(d.body).toMatch(/^Hi Maya, \$650\.00 is our offer; our card says \$325\.00–\$1,300\.00 \(our rates for micro creators/);

      await s
        .auth(t.http.post(`${OUT}/templates`))
        .send({ name: 'Terse', channel: 'email', templateType: 'negotiation_counter', subject: 'Our offer', body: 'We can do {{offer_amount}}.' })
        .expect(201);
      const terse = (await h.draft(o.id)).body.data;
      expect(terse.body).toBe('We can do $650.00.');
      expect(terse.warnings.join(' ')).toMatch(/does not cite the rate card’s range/);
    });

    it('names the bad fields, answers 404 for another store and 409 once an offer was accepted', async () => {
      const o = await h.outreach(await h.campaign());
      const a = await h.ask(o.id, '800.00');
      const bad = (
        await h.draft(o.id, { amount: 'a lot', currency: 'dollars', writer: 'robot', deliverables: [{ type: 'reel', platform: 'vine', quantity: 0 }] }, 422)
      ).body;
      expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['amount', 'currency', 'writer']));
      expect(fieldsOf(bad).join(' ')).toMatch(/deliverables\.0/);
      expect(bad.error.details.find((x: { field: string }) => x.field === 'amount').messages.join(' ')).toMatch(/decimal string/);
      expect(fieldsOf((await h.draft(o.id, { amount: '0.00' }, 422)).body)).toEqual(['amount']);

      const other = await registerStore(t);
      await other
        .auth(t.http.post(`${OUT}/${o.id}/offers/counter-draft`))
        .send({})
        .expect(404);
      await h.draft(randomUUID(), {}, 404);

      await s.auth(t.http.post(`${OUT}/offers/${a.id}/accept`)).expect(200);
      expect((await h.draft(o.id, {}, 409)).body.error.code).toBe('CONFLICT');
    });

    it('is in the OpenAPI document with its body and an example answer', async () => {
      const doc = (await t.http.get('/api/docs-json').expect(200)).body;
      const op = doc.paths['/api/influencer/outreach/{id}/offers/counter-draft'].post;
      expect(op.tags).toEqual(['Negotiation']);
      expect(JSON.stringify(op.responses['200'])).toContain('rateCard');
      const schema = JSON.stringify(doc.components.schemas.CounterDraftRequestDto);
      for (const field of ['amount', 'currency', 'deliverables', 'writer']) expect(schema).toContain(`"${field}"`);
    });
  });

  describe('with a language model', () => {
    let t: TestApp;
    let s: TestStore;
    let h: ReturnType<typeof helpers>;
    let ai: Awaited<ReturnType<typeof startOpenAiPeer>>;
    beforeAll(async () => {
      ai = await startOpenAiPeer();
      t = await startTestApp({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: ai.url, OPENAI_MODEL: 'counter-model', AI_TIMEOUT_MS: '1500', AI_MAX_RETRIES: '0' });
      s = await registerStore(t);
      h = helpers(t, s);
    });
    afterAll(async () => {
      await t.close();
      await ai.stop();
    });

    it('has the model write it from the facts (ask, counter, card low/typical/high, basis, deliverables) and returns its text', async () => {
      const o = await h.outreach(await h.campaign());
      await h.ask(o.id, '1200.00');
      const before = ai.requests.length;
      const d = (await h.draft(o.id)).body.data;
      expect(ai.requests.length - before).toBe(1);
      const req = ai.requests[before];
      expect(req.body.model).toBe('counter-model');
      expect(req.body.response_format).toMatchObject({
        type: 'json_schema',
        json_schema: { name: 'counter_email', strict: true, schema: { required: ['subject', 'body'] } },
      });
      expect(req.body.messages[0].content).toMatch(/Cite the rate card/);
      const facts = JSON.parse(req.body.messages[1].content.slice(req.body.messages[1].content.indexOf('{')));
      expect(facts.negotiation).toEqual({
        creator_ask: '$1,200.00',
        our_counter: '$650.00',
        deliverables: '1 Instagram reel',
        rate_card: { low: '$325.00', typical: '$650.00', high: '$1,300.00' },
        rate_card_basis: 'our rates for micro creators with 10K–100K followers, at the engagement typical for that size',
      });
      expect(d).toMatchObject({ writer: 'ai', amount: '650.00', subject: expect.stringMatching(/^Re: your rate, @cd/), warnings: [] });
      expect(d.body).toMatch(
        /^Thank you for sending your rate of \$1,200\.00 for 1 Instagram reel\. Our rate card puts this work at \$325\.00 to \$1,300\.00, based on our rates for micro creators/,
      );
      expect(d.body).toContain('we can offer $650.00 for it.');

      // The same facts again: the cached text, no second call.
      expect((await h.draft(o.id)).body.data.body).toBe(d.body);
      expect(ai.requests.length - before).toBe(1);
      // Asked for the template: no call at all.
      expect((await h.draft(o.id, { writer: 'template', amount: '640' })).body.data).toMatchObject({ writer: 'template', amount: '640.00' });
      expect(ai.requests.length - before).toBe(1);
    });

    it.each([
      ['fails with 500', 'server-error' as const, /AI writer was unavailable/],
      ['answers malformed JSON', 'malformed' as const, /AI writer was unavailable \(the answer was not valid JSON\)/],
      ['answers without the figures', 'generic' as const, /does not state the counter amount/],
    ])('falls back to the template when the model %s', async (_name, fault, why) => {
      const o = await h.outreach(await h.campaign());
      await h.ask(o.id, '1000.00');
      ai.fail(fault);
      const d = (await h.draft(o.id, { amount: '700' })).body.data;
      expect(d).toMatchObject({ writer: 'offline', amount: '700.00' });
      expect(d.warnings[0]).toMatch(why);
      expect(d.body).toContain('we can offer $700.00');
      expect(d.body).toContain('$325.00–$1,300.00');
      expect(`${d.subject}\n${d.body}`).not.toMatch(BROKEN);
    });
  });
});
