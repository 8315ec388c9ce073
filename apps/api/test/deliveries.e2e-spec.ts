import { randomBytes, randomUUID } from 'node:crypto';
import { ManualClock } from '@parley/server-core';
import { DataSource } from 'typeorm';
import { campaignBody, influencerBody } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startSmtpPeer, type SmtpPeer } from './peers/smtp-peer';

const OUT = '/api/influencer/outreach';
const C = `${OUT}/contracts`;
const D = `${OUT}/deliveries`;
const DAY = 86_400_000;
const PUBLIC_URL = 'https://parley.test.example';

/**
 * Deliveries end to end on real PostgreSQL, Redis and SMTP: rows from signed contracts, the approval
 * workflow with every illegal move, figures and their history, the brief check, cancellation, the
 * campaign's performance on a hand-computed fixture, and tenant isolation.
 */
describe('deliveries and campaign performance', () => {
  let t: TestApp;
  let s: TestStore;
  let smtp: SmtpPeer;
  let n = 0;
  const clock = new ManualClock();

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL }, { clock });
    s = await registerStore(t, 'Trailhead Running Co');
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com', replyDomain: 'in.trailhead.example.com' }).expect(200);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const campaign = async () => (await s.auth(t.http.post(`${OUT}/campaigns`)).send(campaignBody(`d${++n}`, { budget: '10000.00' })).expect(201)).body.data.id as string;
  const influencer = async (platform = 'instagram') =>
    (await s.auth(t.http.post('/api/influencers')).send(influencerBody('deliv', ++n, { platform, email: `deliv${n}@creators.example.com` })).expect(201)).body.data as { id: string; email: string };
  /** A contract written, sent and signed through the emailed link; answers its id. */
  const signed = async (campaignId: string, who: { id: string; email: string }, compensation: string, deliverables: object[], over: Record<string, unknown> = {}) => {
    const k = (
      await s
        .auth(t.http.post(C))
        .send({
          campaignId,
          influencerId: who.id,
          deliverables,
          compensation,
          compensationType: 'flat_fee',
          startDate: new Date(Date.now() - 2 * DAY).toISOString(),
          endDate: new Date(Date.now() + 60 * DAY).toISOString(),
          mustInclude: ['#TrailheadPartner', '@trailhead.running'],
          mustAvoid: ['CompetitorBrandX'],
          ...over,
        })
        .expect(201)
    ).body.data;
    const before = smtp.to(who.email).length;
    await s.auth(t.http.post(`${C}/${k.id}/send`)).expect(200);
    const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes(who.email) && smtp.to(who.email).indexOf(m) >= before);
    const token = /\/sign\/([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')![1];
    await t.http.post(`/api/public/contracts/${token}/sign`).send({ signerName: 'Signer', accept: true }).expect(200);
    return k.id as string;
  };
  const rows = async (contractId: string) => (await s.auth(t.http.get(`${C}/${contractId}/deliveries`)).expect(200)).body.data.deliveries as { id: string; type: string; status: string; dueDate: string }[];
  const move = (id: string, action: string, body: object = {}, expect = 200) => s.auth(t.http.post(`${D}/${id}/${action}`)).send(body).expect(expect);
  /** A move with a body it accepts (a reason for reject, nothing for the others), expected to be refused. */
  const refused = (id: string, action: string) => move(id, action, action === 'reject' ? { reason: 'Not on brief' } : {}, 409);

  it('walks the workflow; every illegal move answers 409 naming the current status; a rejection needs a reason', async () => {
    const k = await signed(await campaign(), await influencer(), '300.00', [{ type: 'reel', platform: 'instagram', quantity: 3 }]);
    const [a, b, c] = (await rows(k)).map((r) => r.id);
    expect((await rows(k)).every((r) => r.status === 'pending')).toBe(true);

    for (const action of ['approve', 'reject', 'publish']) {
      const res = await refused(a, action);
      expect(res.body.error).toMatchObject({ code: 'INVALID_TRANSITION' });
      expect(res.body.error.message).toContain('from pending');
    }
    expect(fieldsOf((await move(a, 'submit', {}, 422)).body)).toEqual(['contentUrl']);
    const submitted = (await move(a, 'submit', { contentUrl: 'https://www.instagram.com/reel/abc/', caption: 'Muddy miles #ad #TrailheadPartner @trailhead.running' })).body.data;
    expect(submitted).toMatchObject({ status: 'submitted', contentUrl: 'https://www.instagram.com/reel/abc/' });
    expect(submitted.briefCheck).toMatchObject({ ok: true, at: 'submit', disclosure: { present: true } });
    for (const action of ['submit', 'publish']) await refused(a, action);
    expect(fieldsOf((await move(a, 'reject', {}, 422)).body)).toEqual(['reason']);
    const rejected = (await move(a, 'reject', { reason: 'Show the shoe in the first three seconds.' })).body.data;
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Show the shoe in the first three seconds.' });
    for (const action of ['approve', 'reject', 'publish']) await refused(a, action);
    // The creator hears of it, with the reason.
    await smtp.waitFor((m) => /^Changes requested/.test(m.parsed.subject ?? '') && (m.parsed.text ?? '').includes('first three seconds'));
    await move(a, 'submit', { caption: 'Second take, shoe first #ad #TrailheadPartner @trailhead.running' });
    await move(a, 'approve');
    for (const action of ['submit', 'approve', 'reject']) await refused(a, action);
    const published = (await move(a, 'publish', { postDate: '2026-11-29T15:00:00.000Z' })).body.data;
    expect(published).toMatchObject({ status: 'published', postDate: '2026-11-29T15:00:00.000Z' });
    expect(published.publishedAt).toBeTruthy();
    for (const action of ['submit', 'approve', 'reject', 'publish']) await refused(a, action);

    // The steps are on the outreach-less contract's record and the team's live feed; the contract completes with its last delivery.
    for (const id of [b, c]) {
      await move(id, 'submit', { contentUrl: `https://www.instagram.com/reel/${id}/` });
      await move(id, 'approve');
      await move(id, 'publish');
    }
    expect((await s.auth(t.http.get(`${C}/${k}`)).expect(200)).body.data.status).toBe('completed');
  });

  it('checks the caption against the brief on submit and publish: disclosure, must include, must avoid', async () => {
    const k = await signed(await campaign(), await influencer(), '100.00', [{ type: 'post', platform: 'instagram', quantity: 1 }]);
    const [d] = await rows(k);
    const res = (await move(d.id, 'submit', { contentUrl: 'https://www.instagram.com/p/x/', caption: 'Love these! #trailheadpartner better than CompetitorBrandX' })).body.data;
    expect(res.briefCheck.ok).toBe(false);
    const kinds = res.briefCheck.findings.map((f: { kind: string; item?: string }) => `${f.kind}:${f.item ?? ''}`);
    expect(kinds).toEqual(expect.arrayContaining(['disclosure_missing:', 'must_include_present:#TrailheadPartner', 'must_include_missing:@trailhead.running', 'must_avoid_present:CompetitorBrandX']));
  });

  it('keeps figures with their history; refuses negative, fractional and status fields by name', async () => {
    const k = await signed(await campaign(), await influencer(), '100.00', [{ type: 'post', platform: 'instagram', quantity: 1 }]);
    const [d] = await rows(k);
    const e = await s.auth(t.http.patch(`${D}/${d.id}`)).send({ views: -5, likes: 1.5, status: 'published' }).expect(422);
    expect(fieldsOf(e.body)).toEqual(expect.arrayContaining(['views', 'likes', 'status']));
    await s.auth(t.http.patch(`${D}/${d.id}`)).send({ views: 1000, likes: 50 }).expect(200);
    const after = (await s.auth(t.http.patch(`${D}/${d.id}`)).send({ views: 1200, likes: 50, contentUrl: 'https://www.instagram.com/p/y/' }).expect(200)).body.data;
    expect(after).toMatchObject({ views: 1200, likes: 50, status: 'pending', metricsSource: 'manual', contentUrl: 'https://www.instagram.com/p/y/' });
    const detail = (await s.auth(t.http.get(`${D}/${d.id}`)).expect(200)).body.data;
    expect(detail.history.map((h: { field: string; oldValue: number | null; newValue: number }) => [h.field, h.oldValue, h.newValue])).toEqual(
      expect.arrayContaining([
        ['views', 1000, 1200],
        ['views', null, 1000],
        ['likes', null, 50],
      ]),
    );
    expect(detail.history).toHaveLength(3);
    expect(detail.history[0].changedBy).toBe(s.email);
  });

  it('cancelling a contract cancels its deliveries that were not published', async () => {
    const k = await signed(await campaign(), await influencer(), '100.00', [{ type: 'post', platform: 'instagram', quantity: 2 }]);
    const [a, b] = await rows(k);
    await move(a.id, 'submit', { contentUrl: 'https://www.instagram.com/p/a/' });
    await move(a.id, 'approve');
    await move(a.id, 'publish');
    await s.auth(t.http.post(`${C}/${k}/cancel`)).expect(200);
    const after = await rows(k);
    expect(after.find((r) => r.id === a.id)!.status).toBe('published');
    expect(after.find((r) => r.id === b.id)!.status).toBe('cancelled');
    await move(b.id, 'submit', { contentUrl: 'https://www.instagram.com/p/b/' }, 409);
  });

  it('computes performance from rows: exact decimals, half up, null on a zero divisor, only signed contracts spend', async () => {
    const c = await campaign();
    const A = await influencer('instagram');
    const B = await influencer('tiktok');
    const Z = await influencer('youtube');
    const E = await influencer('instagram');
    const ka = await signed(c, A, '1000.00', [{ type: 'reel', platform: 'instagram', quantity: 2 }]);
    const kb = await signed(c, B, '750.50', [{ type: 'post', platform: 'tiktok', quantity: 1 }]);
    await signed(c, Z, '333.33', [{ type: 'video', platform: 'youtube', quantity: 1 }]);
    const ke = await signed(c, E, '1.00', [{ type: 'post', platform: 'instagram', quantity: 1 }]);
    // A draft that never signs spends nothing.
    await s.auth(t.http.post(C)).send({ campaignId: c, influencerId: (await influencer()).id, deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }], compensation: '500.00', compensationType: 'flat_fee', startDate: '2027-01-01T00:00:00Z', endDate: '2027-02-01T00:00:00Z' }).expect(201);
    const figures: [string, object][] = [
      [(await rows(ka))[0].id, { views: 12000, likes: 900, comments: 45, shares: 30, clicks: 120 }],
      [(await rows(ka))[1].id, { views: 8000, likes: 500, comments: 25, shares: 10, clicks: 80 }],
      [(await rows(kb))[0].id, { views: 19321, likes: 1545, comments: 101, shares: 73, clicks: 60 }],
      [(await rows(ke))[0].id, { views: 400, likes: 5, comments: 2, shares: 1, clicks: 8 }],
    ];
    for (const [id, body] of figures) await s.auth(t.http.patch(`${D}/${id}`)).send(body).expect(200);

    const p = (await s.auth(t.http.get(`${OUT}/campaigns/${c}/performance`)).expect(200)).body.data;
    expect(p.totals).toMatchObject({ spend: '2084.83', views: 39721, engagements: 3237, clicks: 268, cpe: '0.64', cpm: '52.49', cpc: '7.78' });
    const row = (id: string) => p.influencers.find((r: { influencerId: string }) => r.influencerId === id);
    expect(row(A.id)).toMatchObject({ spend: '1000.00', views: 20000, engagements: 1510, clicks: 200, cpe: '0.66', cpm: '50.00', cpc: '5.00', engagementRate: '0.0755' });
    expect(row(B.id)).toMatchObject({ spend: '750.50', views: 19321, engagements: 1719, cpe: '0.44', cpm: '38.84', cpc: '12.51' });
    expect(row(Z.id)).toMatchObject({ spend: '333.33', views: 0, engagements: 0, clicks: 0, cpe: null, cpm: null, cpc: null, engagementRate: null });
    expect(row(E.id)).toMatchObject({ spend: '1.00', cpe: '0.13', cpc: '0.13', cpm: '2.50' });
    expect(p.influencers).toHaveLength(4);
    expect(p.platforms.find((x: { platform: string }) => x.platform === 'instagram')).toMatchObject({ spend: '1001.00', views: 20400 });
    expect(p.funnel).toMatchObject({ contracted: 4, published: 0 });
    expect(p.metricsSources).toEqual({ manual: 4, import: 0 });
    expect(JSON.stringify(p)).not.toMatch(/NaN|Infinity/);

    const empty = (await s.auth(t.http.get(`${OUT}/campaigns/${await campaign()}/performance`)).expect(200)).body.data;
    expect(empty).toMatchObject({ totals: { spend: '0.00', views: 0, engagements: 0, cpe: null, cpm: null, cpc: null }, influencers: [], platforms: [] });
  });

  it('imports figures from a CSV by delivery id or content link, reporting bad rows by line and field', async () => {
    const k = await signed(await campaign(), await influencer(), '100.00', [{ type: 'post', platform: 'instagram', quantity: 3 }]);
    const [a, b, c] = await rows(k);
    await s.auth(t.http.patch(`${D}/${b.id}`)).send({ contentUrl: 'https://www.instagram.com/p/bee/' }).expect(200);
    const csv = ['Delivery ID,Content URL,Views,Likes,Comments,Shares,Clicks', `${a.id},,1200,80,5,2,9`, `,instagram.com/p/bee,"3,400",120,10,4,`, `${c.id},,12k,1,1,1,1`, `,https://example.com/nope,5,5,5,5,5`, `${randomUUID()},,1,1,1,1,1`].join('\n');
    const res = (await s.auth(t.http.post(`${D}/import`)).attach('file', Buffer.from(csv), 'figures.csv').expect(200)).body.data;
    expect(res.updated).toBe(2);
    expect(res.errors).toEqual([
      { row: 4, field: 'views', message: expect.stringContaining('12k') },
      { row: 5, field: 'contentUrl', message: expect.stringContaining('example.com/nope') },
      { row: 6, field: 'deliveryId', message: expect.stringContaining('no delivery') },
    ]);
    const [after] = (await rows(k)).filter((r) => r.id === b.id) as unknown as { views: number; metricsSource: string }[];
    expect(after).toMatchObject({ views: 3400, metricsSource: 'import' });
    const history = (await s.auth(t.http.get(`${D}/${a.id}`)).expect(200)).body.data.history;
    expect(history.every((h: { source: string }) => h.source === 'import')).toBe(true);
    // A text/csv body works too; a file without an id column is refused by name.
    await s.auth(t.http.post(`${D}/import`)).set('Content-Type', 'text/csv').send(`deliveryId,views\n${a.id},1300\n`).expect(200);
    expect(fieldsOf((await s.auth(t.http.post(`${D}/import`)).set('Content-Type', 'text/csv').send('views\n5\n').expect(422)).body)).toEqual(['file']);
    const other = await registerStore(t);
    expect((await other.auth(t.http.post(`${D}/import`)).set('Content-Type', 'text/csv').send(`deliveryId,views\n${a.id},1\n`).expect(200)).body.data).toMatchObject({ updated: 0, errors: [{ row: 2, field: 'deliveryId' }] });
  });

  it('reminds creators of content due within 3 days once, and tells the team once of what became overdue', async () => {
    const who = await influencer();
    const c = await campaign();
    const soon = new Date(clock.now().getTime() + 2 * DAY).toISOString();
    const later = new Date(clock.now().getTime() + 10 * DAY).toISOString();
    const k = await signed(c, who, '100.00', [
      { type: 'reel', platform: 'instagram', quantity: 1, dueDate: soon },
      { type: 'story', platform: 'instagram', quantity: 1, dueDate: later },
    ]);
    const before = smtp.to(who.email).length;
    expect((await s.auth(t.http.post(`${D}/reminders`)).send({ campaignId: c }).expect(200)).body.data).toEqual({ reminded: 1, overdue: 0 });
    const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes(who.email) && smtp.to(who.email).indexOf(m) >= before && /^Coming up/.test(m.parsed.subject ?? ''));
    expect(mail.parsed.text).toContain('reel on instagram');
    expect(mail.parsed.text).not.toContain('story');
    expect(mail.parsed.text).toMatch(/\/deliver\/[A-Za-z0-9_-]{20,}/);
    expect((await s.auth(t.http.post(`${D}/reminders`)).send({ campaignId: c }).expect(200)).body.data).toEqual({ reminded: 0, overdue: 0 });
    clock.advance(3 * DAY);
    try {
      expect((await s.auth(t.http.post(`${D}/reminders`)).send({ campaignId: c }).expect(200)).body.data).toEqual({ reminded: 0, overdue: 1 });
      expect((await s.auth(t.http.post(`${D}/reminders`)).send({ campaignId: c }).expect(200)).body.data).toEqual({ reminded: 0, overdue: 0 });
      const listed = await rows(k);
      expect(listed.map((r) => [r.type, (r as unknown as { overdue: boolean }).overdue])).toEqual([
        ['reel', true],
        ['story', false],
      ]);
      expect((await s.auth(t.http.get(`${D}?campaignId=${c}&overdue=true`)).expect(200)).body.data.deliveries).toHaveLength(1);
      expect((await s.auth(t.http.get(`${OUT}/campaigns/${c}/performance`)).expect(200)).body.data.overdue).toBe(1);
      const notes = (await s.auth(t.http.get('/api/notifications')).expect(200)).body.data.notifications;
      expect(notes.filter((x: { type: string }) => x.type === 'deliveries_overdue')).toHaveLength(1);
    } finally {
      clock.reset();
    }
  });

  it("gives the creator a page of their own: items, submit and publish through their link; bad or cancelled links answer 404/410", async () => {
    const who = await influencer();
    const k = await signed(await campaign(), who, '100.00', [{ type: 'post', platform: 'instagram', quantity: 1 }]);
    const link = (await s.auth(t.http.post(`${C}/${k}/delivery-link`)).expect(200)).body.data;
    expect(link).toMatchObject({ url: expect.stringMatching(/^https:\/\/parley\.test\.example\/deliver\//), emailed: true });
    const token = link.url.split('/deliver/')[1];
    const page = (await t.http.get(`/api/public/deliveries/${token}`).expect(200)).body.data;
    expect(page).toMatchObject({ brandName: 'Trailhead Running Co', mustInclude: ['#TrailheadPartner', '@trailhead.running'] });
    expect(page.deliveries).toHaveLength(1);
    const id = page.deliveries[0].id;
    const submitted = (await t.http.post(`/api/public/deliveries/${token}/${id}/submit`).send({ contentUrl: 'https://www.instagram.com/p/draft/', caption: '#ad #TrailheadPartner @trailhead.running' }).expect(200)).body.data.delivery;
    expect(submitted).toMatchObject({ status: 'submitted', briefCheck: { ok: true } });
    const notes = (await s.auth(t.http.get('/api/notifications')).expect(200)).body.data.notifications;
    expect(notes.some((x: { type: string; data: { deliveryId?: string } }) => x.type === 'delivery_submitted' && x.data.deliveryId === id)).toBe(true);
    await t.http.post(`/api/public/deliveries/${token}/${id}/publish`).send({ contentUrl: 'https://www.instagram.com/p/live/' }).expect(409);
    await move(id, 'approve');
    expect((await t.http.post(`/api/public/deliveries/${token}/${id}/publish`).send({ contentUrl: 'https://www.instagram.com/p/live/' }).expect(200)).body.data.delivery.status).toBe('published');
    // Another contract's delivery cannot be moved through this link; a signing token is not a delivery token.
    const elsewhere = (await rows(await signed(await campaign(), await influencer(), '10.00', [{ type: 'post', platform: 'instagram', quantity: 1 }])))[0];
    await t.http.post(`/api/public/deliveries/${token}/${elsewhere.id}/submit`).send({ contentUrl: 'https://x.example/p' }).expect(404);
    await t.http.get(`/api/public/deliveries/${randomBytes(31).toString('base64url')}`).expect(404);
    await t.http.get(`/api/public/contracts/${token}`).expect(404);
    clock.advance(200 * DAY);
    try {
      await t.http.get(`/api/public/deliveries/${token}`).expect(410);
    } finally {
      clock.reset();
    }
    const k2 = await signed(await campaign(), await influencer(), '10.00', [{ type: 'post', platform: 'instagram', quantity: 1 }]);
    const token2 = (await s.auth(t.http.post(`${C}/${k2}/delivery-link`)).expect(200)).body.data.url.split('/deliver/')[1];
    await s.auth(t.http.post(`${C}/${k2}/cancel`)).expect(200);
    await t.http.get(`/api/public/deliveries/${token2}`).expect(410);
  });

  it('counts the platform label noted by the team as a disclosure', async () => {
    const k = await signed(await campaign(), await influencer(), '100.00', [{ type: 'post', platform: 'instagram', quantity: 1 }], { mustInclude: [] });
    const [d] = await rows(k);
    await s.auth(t.http.patch(`${D}/${d.id}`)).send({ platformLabel: true }).expect(200);
    const res = (await move(d.id, 'submit', { contentUrl: 'https://www.instagram.com/p/x/', caption: 'Trail day' })).body.data;
    expect(res.briefCheck).toMatchObject({ ok: true, disclosure: { present: true, how: 'platform label' } });
  });

  it('isolates stores: another store gets 404 on every delivery endpoint and the performance', async () => {
    const c = await campaign();
    const k = await signed(c, await influencer(), '100.00', [{ type: 'post', platform: 'instagram', quantity: 1 }]);
    const [d] = await rows(k);
    const other = await registerStore(t);
    await other.auth(t.http.get(`${D}/${d.id}`)).expect(404);
    await other.auth(t.http.patch(`${D}/${d.id}`)).send({ views: 1 }).expect(404);
    for (const action of ['submit', 'approve', 'reject', 'publish']) await other.auth(t.http.post(`${D}/${d.id}/${action}`)).send(action === 'reject' ? { reason: 'x' } : {}).expect(404);
    await other.auth(t.http.get(`${C}/${k}/deliveries`)).expect(404);
    await other.auth(t.http.get(`${OUT}/campaigns/${c}/performance`)).expect(404);
    await other.auth(t.http.post(`${C}/${k}/delivery-link`)).expect(404);
    expect((await other.auth(t.http.post(`${D}/reminders`)).send({ campaignId: c }).expect(200)).body.data).toEqual({ reminded: 0, overdue: 0 });
    expect((await other.auth(t.http.get(`${D}?campaignId=${c}`)).expect(200)).body.data.deliveries).toEqual([]);
    await s.auth(t.http.patch(`${D}/${randomUUID()}`)).send({ views: 1 }).expect(404);
    await s.auth(t.http.patch(`${D}/not-an-id`)).send({ views: 1 }).expect((r) => expect(r.status).toBeGreaterThanOrEqual(400));
    const [{ status }] = await t.app.get(DataSource).query(`SELECT status FROM content_deliveries WHERE id = $1`, [d.id]);
    expect(status).toBe('pending');
  });
});
