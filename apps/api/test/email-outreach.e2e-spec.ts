import { generateKeyPairSync } from 'node:crypto';
import { campaignBody, influencerBody } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startSmtpPeer, type SmtpPeer } from './peers/smtp-peer';
import { until } from './until';

const PUBLIC_URL = 'https://parley.test.example';
const POSTAL = '12 Ridge Road, Boulder, CO 80302, USA';
const LINK = 'https://trailhead.example.com/trailgrip-3?ref=mail&x=1';
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
const pathOf = (url: string) => url.replace(PUBLIC_URL, '');

describe('email outreach over SMTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let s: TestStore;
  let campaignId: string;
  let templateId: string;
  const dkim = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });

  const influencer = async (i: number, over: Record<string, unknown> = {}) =>
    (await s.auth(t.http.post('/api/influencers')).send(influencerBody('mail', i, { email: `creator${i}@creators${i % 3}.example.com`, ...over })).expect(201)).body.data.id as string;
  const outreach = (id: string) => s.auth(t.http.get(`/api/influencer/outreach/${id}`)).then((r) => r.body.data);

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await startTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      EMAIL_RETRY_FIRST_DELAY_MS: '100',
      EMAIL_RETRY_MAX_DELAY_MS: '1000',
      EMAIL_DOMAIN_RATE_PER_SECOND: '100',
      MACHINE_OPEN_SECONDS: '1',
      DKIM_DOMAIN: 'trailhead.example.com',
      DKIM_SELECTOR: 'parley',
      DKIM_PRIVATE_KEY: dkim.privateKey,
    });
    s = await registerStore(t, 'Trailhead Running Co');
    await s.auth(t.http.patch('/api/store')).send({ postalAddress: POSTAL, senderName: 'Alex' }).expect(200);
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com', replyDomain: 'in.trailhead.example.com' }).expect(200);
    campaignId = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('mail')).expect(201)).body.data.id;
    await s.auth(t.http.post(`/api/influencer/outreach/campaigns/${campaignId}/status`)).send({ status: 'active' }).expect(200);
    templateId = (
      await s
        .auth(t.http.post('/api/influencer/outreach/templates'))
        .send({ name: 'Launch', channel: 'email', templateType: 'initial_outreach', subject: 'An idea for {{influencer_name}}', body: `Hi {{influencer_name}},\n\nI look after partnerships at {{store_name}}. Here is the shoe: ${LINK}\n\nThanks,\nAlex` })
        .expect(201)
    ).body.data.id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends one multipart message with every header the rules ask for, DKIM-signed, and records it as sent', async () => {
    const id = await influencer(1);
    const res = await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId: id, channel: 'email', templateId }).expect(201);
    expect(res.body.data).toMatchObject({ status: 'queued', influencerId: id, campaignId, channel: 'email' });
    const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes('creator1@creators1.example.com'));
    const p = mail.parsed;
    expect(mail.raw).toMatch(/multipart\/alternative/i);
    expect(p.from?.value[0]).toEqual({ name: 'Alex at Trailhead', address: 'alex@trailhead.example.com' });
    expect(p.subject).toBe('An idea for Creator mail 1');
    expect(p.messageId).toMatch(/^<[0-9a-f-]{36}@trailhead\.example\.com>$/);
    expect(p.replyTo?.value[0].address).toMatch(/^reply\+[0-9a-f]{48}@in\.trailhead\.example\.com$/);
    const header = (name: string) => [...mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ').matchAll(new RegExp(`^${name}: (.*)$`, 'gim'))].map((m) => m[1]);
    expect(header('List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click']);
    expect(header('List-Unsubscribe')).toHaveLength(1);
    const listUnsub = header('List-Unsubscribe')[0];
    expect(listUnsub).toContain(`<${PUBLIC_URL}/u/`);
    expect(listUnsub).toMatch(/<mailto:unsubscribe\+[0-9a-f]+@in\.trailhead\.example\.com\?subject=unsubscribe>/);
    expect(header('DKIM-Signature')[0]).toMatch(/^v=1; a=rsa-sha256;.*d=trailhead\.example\.com;.*s=parley;.*h=[^;]*list-unsubscribe:list-unsubscribe-post;/);
    expect(p.text).toContain(LINK);
    expect(p.text).toContain(POSTAL);
    expect(p.text).toContain(`${PUBLIC_URL}/u/`);
    const html = String(p.html);
    expect(html.replace(/&#39;/g, "'")).toContain(POSTAL);
    expect(hrefs(html)).not.toContain(LINK);
    expect(hrefs(html).some((h) => h.startsWith(`${PUBLIC_URL}/t/c/`))).toBe(true);
    expect(html).toMatch(new RegExp(`<img class="pixel" src="${PUBLIC_URL}/t/o/[^"]+" width="1" height="1" alt="">`));

    const sent = await until(() => outreach(res.body.data.id), (o) => o.status === 'sent');
    expect(sent.sentAt).toBeTruthy();
    expect(sent.thread.messages).toHaveLength(1);
    expect(sent.thread.messages[0]).toMatchObject({ direction: 'out', status: 'sent', messageId: p.messageId!.slice(1, -1), attempts: 1 });
    expect(sent.events.map((e: { type: string }) => e.type)).toEqual(['queued', 'sent']);
  });

  it('tracks clicks through signed links only, and opens (a machine open right after delivery is flagged, not counted)', async () => {
    const id = await influencer(2);
    const o = (await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId: id, channel: 'email', templateId }).expect(201)).body.data;
    const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes('creator2@creators2.example.com'));
    const html = String(mail.parsed.html);
    const pixel = pathOf(/<img[^>]* src="([^"]+\/t\/o\/[^"]+)"/.exec(html)![1]);
    const click = pathOf(hrefs(html).find((h) => h.includes('/t/c/'))!);
    await until(() => outreach(o.id), (x) => x.status === 'sent');

    await t.http.get(pixel).set('User-Agent', 'Mozilla/5.0').expect(200).expect('Content-Type', 'image/gif');
    const tampered = click.slice(0, 12) + (click[12] === 'A' ? 'B' : 'A') + click.slice(13);
    await t.http.get(tampered).expect(400).expect((r) => expect(r.headers.location).toBeUndefined());
    await t.http.get(`${click}?url=${encodeURIComponent('https://evil.example')}`).expect(302).expect('Location', LINK);
    await t.http.get('/t/c/garbage').expect(400);
    await t.http.head(click).expect(302);
    await new Promise((r) => setTimeout(r, 1200));
    await t.http.get(click).set('User-Agent', BROWSER).expect(302).expect('Location', LINK);
    const clicked = await until(() => outreach(o.id), (x) => x.clickedAt);
    expect(clicked).toMatchObject({ status: 'sent', openedAt: null });
    await t.http.get(pixel).set('User-Agent', BROWSER).expect(200);
    const after = await until(() => outreach(o.id), (x) => x.status === 'opened');
    expect(after.openedAt).toBeTruthy();
    const events = after.events.map((e: { type: string; machine: boolean }) => `${e.type}${e.machine ? ':machine' : ''}`);
    expect(events).toEqual(expect.arrayContaining(['opened:machine', 'clicked:machine', 'clicked', 'opened']));
  });

  it('unsubscribes by one-click POST (GET only shows a page), suppresses the address and refuses the next send', async () => {
    const id = await influencer(3);
    const o = (await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId: id, channel: 'email', templateId }).expect(201)).body.data;
    const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes('creator3@creators0.example.com'));
    const unsub = pathOf(/<(https:\/\/[^>]+\/u\/[^>]+)>/.exec(mail.raw)![1]);
    const page = await t.http.get(unsub).expect(200);
    expect(page.text).toContain('Unsubscribe from Trailhead Running Co?');
    expect((await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions).toHaveLength(0);
    await t.http.post(unsub).type('form').send('List-Unsubscribe=One-Click').expect(200);
    const list = (await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions;
    expect(list).toEqual([expect.objectContaining({ email: 'creator3@creators0.example.com', reason: 'unsubscribe' })]);
    expect((await outreach(o.id)).status).toBe('unsubscribed');
    const again = await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId: id, channel: 'email', templateId }).expect(409);
    expect(again.body.error.code).toBe('SUPPRESSED');
    const bulk = (await s.auth(t.http.post('/api/influencer/outreach/bulk')).send({ campaignId, influencerIds: [id], templateId }).expect(202)).body.data;
    expect(bulk).toMatchObject({ total: 1, queued: 0, skipped: [{ influencerId: id, reason: 'suppressed' }] });
    await t.http.post('/u/not-a-token').type('form').send('List-Unsubscribe=One-Click').expect(400);
  });

  it('bounces and suppresses on 550 5.1.1; retries 451s until the message goes', async () => {
    smtp.reject('creator4@creators1.example.com');
    const hard = await influencer(4);
    const o = (await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId: hard, channel: 'email', templateId }).expect(201)).body.data;
    const bounced = await until(() => outreach(o.id), (x) => x.status === 'bounced');
    expect(bounced.status).toBe('bounced');
    expect(bounced.statusReason).toMatch(/550 5\.1\.1/);
    const sup = (await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions;
    expect(sup).toEqual(expect.arrayContaining([expect.objectContaining({ email: 'creator4@creators1.example.com', reason: 'hard_bounce' })]));
  });

  it('keeps scheduled sends until due, cancels them with their job, and holds a paused campaign', async () => {
    const id = await influencer(5);
    const later = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const o = (await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId: id, channel: 'email', templateId, scheduleFor: later }).expect(201)).body.data;
    expect(o).toMatchObject({ status: 'scheduled', scheduledFor: later });
    expect((await s.auth(t.http.post(`/api/influencer/outreach/${o.id}/cancel`)).expect(200)).body.data.status).toBe('cancelled');
    await s.auth(t.http.post(`/api/influencer/outreach/${o.id}/cancel`)).expect(409);

    await s.auth(t.http.post(`/api/influencer/outreach/campaigns/${campaignId}/status`)).send({ status: 'paused' }).expect(200);
    const paused = await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId: id, channel: 'email', templateId }).expect(409);
    expect(paused.body.error.code).toBe('CAMPAIGN_NOT_SENDING');
    await s.auth(t.http.post(`/api/influencer/outreach/campaigns/${campaignId}/status`)).send({ status: 'active' }).expect(200);
  });

  it('keeps outreach, bulks and threads to their own store', async () => {
    const other = await registerStore(t);
    const list = (await s.auth(t.http.get('/api/influencer/outreach/list')).expect(200)).body.data.outreach;
    const mine = list[0].id;
    await other.auth(t.http.get(`/api/influencer/outreach/${mine}`)).expect(404);
    await other.auth(t.http.post(`/api/influencer/outreach/${mine}/cancel`)).expect(404);
    expect((await other.auth(t.http.get('/api/influencer/outreach/list')).expect(200)).body.data.outreach).toEqual([]);
    const id = await influencer(6);
    const bulk = (await s.auth(t.http.post('/api/influencer/outreach/bulk')).send({ campaignId, influencerIds: [id], templateId }).expect(202)).body.data;
    await other.auth(t.http.get(`/api/influencer/outreach/bulk/${bulk.bulkId}`)).expect(404);
    await other.auth(t.http.post('/api/influencer/outreach/send')).send({ influencerId: id, channel: 'email', templateId }).expect(404);
    await other.auth(t.http.post('/api/influencer/outreach/bulk')).send({ campaignId, influencerIds: [id], templateId }).expect(404);
  });
});

describe('live events (SSE)', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let base: string;

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await startTestApp({ SMTP_URL: smtp.url, EMAIL_DOMAIN_RATE_PER_SECOND: '100' });
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /** Reads an event stream until `stop` says so; resolves every event seen. */
  async function listen(url: string, init: RequestInit, stop: (events: { type: string; data: unknown }[]) => boolean) {
    const controller = new AbortController();
    const res = await fetch(url, { ...init, signal: controller.signal });
    const events: { type: string; data: unknown }[] = [];
    const ready = { status: res.status };
    const done = (async () => {
      if (!res.ok || !res.body) return;
      const reader = res.body.getReader();
      let buffer = '';
      for (;;) {
        const { value, done: end } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (end) return;
        buffer += new TextDecoder().decode(value);
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) events.push({ type, data: JSON.parse(data) });
        }
        if (stop(events)) return controller.abort();
      }
    })();
    return { ready, events, done, close: () => controller.abort() };
  }

  it('pushes bulk progress to the store that sent it (bearer or single-use ticket), and to no other store', async () => {
    const s = await registerStore(t, 'Trailhead Running Co');
    const other = await registerStore(t);
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex', fromEmail: 'alex@trailhead.example.com' }).expect(200);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await s.auth(t.http.post('/api/influencers')).send(influencerBody('sse', i, { email: `sse${i}@creators.example.com` })).expect(201)).body.data.id);
    const campaignId = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('sse')).expect(201)).body.data.id;
    const templateId = (await s.auth(t.http.get('/api/influencer/outreach/templates?channel=email&templateType=initial_outreach')).expect(200)).body.data.templates[0].id;

    const ticket = (await s.auth(t.http.post('/api/events/ticket')).expect(201)).body.data.ticket as string;
    const finished = (events: { type: string; data: unknown }[]) => events.some((e) => e.type === 'bulk.progress' && (e.data as { done: boolean }).done);
    const mine = await listen(`${base}/api/events?ticket=${ticket}`, {}, finished);
    const theirs = await listen(`${base}/api/events`, { headers: { authorization: `Bearer ${other.token}` } }, () => false);
    expect([mine.ready.status, theirs.ready.status]).toEqual([200, 200]);
    expect((await fetch(`${base}/api/events?ticket=${ticket}`)).status).toBe(401);
    expect((await fetch(`${base}/api/events`)).status).toBe(401);

    const bulk = (await s.auth(t.http.post('/api/influencer/outreach/bulk')).send({ campaignId, influencerIds: ids, templateId }).expect(202)).body.data;
    await Promise.race([mine.done, new Promise((r) => setTimeout(r, 20_000))]);
    const last = mine.events.filter((e) => e.type === 'bulk.progress').at(-1)!.data;
    expect(last).toMatchObject({ bulkId: bulk.bulkId, total: 5, sent: 5, failed: 0, done: true });
    expect(theirs.events.filter((e) => e.type === 'bulk.progress')).toEqual([]);
    theirs.close();
  });
});
