import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractLifecycle } from '@parley/server-contracts';
import { ManualClock } from '@parley/server-core';
import { DataSource } from 'typeorm';
import { campaignBody, influencerBody } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startSmtpPeer, type SmtpPeer } from './peers/smtp-peer';

const OUT = '/api/influencer/outreach';
const C = `${OUT}/contracts`;
const PUBLIC_URL = 'https://parley.test.example';
const DAY = 86_400_000;

/** The PDF's text as poppler's pdftotext reads it, whitespace folded. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'contract-pdf-'));
  try {
    writeFileSync(join(dir, 'c.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** With UPDATE_SCREENSHOTS=1, each page of the PDF as docs/screenshots/<name>-<page>.png (pdftoppm). */
function screenshot(pdf: Buffer, name: string): void {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  const dir = mkdtempSync(join(tmpdir(), 'contract-png-'));
  try {
    writeFileSync(join(dir, 'c.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '70', join(dir, 'c.pdf'), join(__dirname, '..', '..', '..', 'docs', 'screenshots', name)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Supertest's binary body as a Buffer. */
const binary = (res: { on(event: string, cb: (chunk?: Buffer) => void): void; setEncoding(e: string): void }, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * Contracts end to end: real PostgreSQL, Redis, an SMTP server for the signing emails, and the real
 * Chromium (puppeteer-core) for the PDFs, read back with pdftotext.
 */
describe('contracts', () => {
  let t: TestApp;
  let s: TestStore;
  let smtp: SmtpPeer;
  const clock = new ManualClock();
  let n = 0;

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL, CONTRACT_SIGNING_TTL_DAYS: '10' }, { clock });
    s = await registerStore(t, 'Trailhead Running Co');
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com', replyDomain: 'in.trailhead.example.com' }).expect(200);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const campaign = async (budget = '5000.00', name = `Campaign k${++n}`) => (await s.auth(t.http.post(`${OUT}/campaigns`)).send(campaignBody(`k${n}`, { budget, name })).expect(201)).body.data.id as string;
  const influencer = async (over: Record<string, unknown> = {}) =>
    (await s.auth(t.http.post('/api/influencers')).send(influencerBody('kontrakt', ++n, { platform: 'instagram', displayName: `Jordan Rivera ${n}`, ...over })).expect(201)).body.data.id as string;
  const terms = {
    deliverables: [
      { type: 'reel', platform: 'instagram', quantity: 3, dueDate: '2027-03-20T12:00:00.000Z' },
      { type: 'story', platform: 'instagram', quantity: 2 },
    ],
    compensation: '750.00',
    compensationType: 'flat_fee',
    startDate: '2027-03-15T12:00:00.000Z',
    endDate: '2027-04-30T12:00:00.000Z',
    contentGuidelines: 'Show the TrailGrip 3 on a muddy trail. GuidelineMarker42.',
    mustInclude: ['#TrailheadPartner', '@trailhead.running'],
    mustAvoid: ['CompetitorBrandX', 'medical claims'],
    exclusivity: true,
    usageRights: 'perpetual',
  };
  const contract = async (campaignId: string, influencerId: string, over: Record<string, unknown> = {}, expect = 201) =>
    (await s.auth(t.http.post(C)).send({ campaignId, influencerId, ...terms, ...over }).expect(expect)).body;
  const stats = async (campaignId: string) => (await s.auth(t.http.get(`${OUT}/campaigns/${campaignId}`)).expect(200)).body.data.stats;
  const pdf = async (id: string) => (await s.auth(t.http.get(`${C}/${id}/pdf`)).buffer(true).parse(binary).expect(200).expect('Content-Type', /application\/pdf/)).body as Buffer;
  /** Sends the contract and answers the token of the signing link in the email. */
  const sendForSignature = async (id: string, email: string) => {
    const before = smtp.to(email).length;
    await s.auth(t.http.post(`${C}/${id}/send`)).expect(200);
    const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes(email) && smtp.to(email).indexOf(m) >= before);
    const link = /https:\/\/parley\.test\.example\/sign\/([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '');
    expect(link).toBeTruthy();
    return link![1];
  };

  it('writes a draft with every term, reserving its amount; 409 over budget; 422 naming the fields; PATCH while draft', async () => {
    const c = await campaign('1000.00');
    const i = await influencer();
    const k = (await contract(c, i)).data;
    expect(k).toMatchObject({ status: 'draft', compensation: '750.00', currency: 'USD', compensationType: 'flat_fee', exclusivity: true, usageRights: 'perpetual', mustInclude: terms.mustInclude, mustAvoid: terms.mustAvoid, campaignName: `Campaign k${n - 1}` });
    expect(k.deliverables).toEqual([
      { type: 'reel', platform: 'instagram', quantity: 3, dueDate: '2027-03-20T12:00:00.000Z' },
      { type: 'story', platform: 'instagram', quantity: 2, dueDate: null },
    ]);
    // The built-in agreement's placeholders are filled from the terms.
    expect(k.clauses.find((x: { heading: string }) => x.heading === 'Payment').body).toContain('750.00 USD (flat fee)');
    expect(await stats(c)).toMatchObject({ budgetAllocated: '750.00', budgetRemaining: '250.00' });

    const over = await contract(c, await influencer(), { compensation: '251.00' }, 409);
    expect(over.error.code).toBe('BUDGET_EXCEEDED');
    expect(fieldsOf(await contract(c, i, { compensation: 'lots', compensationType: 'barter', endDate: '2027-01-01T00:00:00.000Z', usageRights: 'forever', deliverables: [] }, 422))).toEqual(
      expect.arrayContaining(['compensation', 'compensationType', 'endDate', 'usageRights', 'deliverables']),
    );
    await contract(randomUUID(), i, {}, 404);

    const patched = (await s.auth(t.http.patch(`${C}/${k.id}`)).send({ compensation: '900.00', contentGuidelines: 'Keep it natural.' }).expect(200)).body.data;
    expect(patched).toMatchObject({ compensation: '900.00', contentGuidelines: 'Keep it natural.' });
    expect(await stats(c)).toMatchObject({ budgetAllocated: '900.00', budgetRemaining: '100.00' });
    expect((await s.auth(t.http.patch(`${C}/${k.id}`)).send({ compensation: '1000.01' }).expect(409)).body.error.code).toBe('BUDGET_EXCEEDED');

    const listed = (await s.auth(t.http.get(`${C}?campaignId=${c}&status=draft`)).expect(200)).body.data;
    expect(listed.contracts.map((x: { id: string }) => x.id)).toEqual([k.id]);
    expect(listed.pagination).toMatchObject({ total: 1 });
    expect((await s.auth(t.http.get(`${C}/summary?campaignId=${c}`)).expect(200)).body.data.byStatus).toMatchObject({ draft: 1, sent: 0, signed: 0 });

    const other = await registerStore(t);
    await other.auth(t.http.get(`${C}/${k.id}`)).expect(404);
    await other.auth(t.http.get(`${C}/${k.id}/pdf`)).expect(404);
    await other.auth(t.http.patch(`${C}/${k.id}`)).send({ compensation: '1.00' }).expect(404);
    expect((await other.auth(t.http.get(C)).expect(200)).body.data.contracts).toEqual([]);
  });

  it('written from an accepted offer it takes over the offer\'s reservation; cancelling releases it and opens the negotiation again', async () => {
    const c = await campaign('5000.00');
    const i = await influencer();
    const [{ id: outreachId }] = await t.app.get(DataSource).query(
      `INSERT INTO influencer_outreach (store_id, campaign_id, influencer_id, channel, message, status, sent_at) VALUES ($1, $2, $3, 'email', 'Hi', 'interested', now()) RETURNING id`,
      [s.storeId, c, i],
    );
    const offer = (await s.auth(t.http.post(`${OUT}/${outreachId}/offers`)).send({ amount: '1000.00', from: 'influencer', compensationType: 'flat_fee', deliverables: [{ type: 'reel', platform: 'instagram', quantity: 1 }] }).expect(201)).body.data;
    await s.auth(t.http.post(`${OUT}/offers/${offer.id}/accept`)).expect(200);
    expect(await stats(c)).toMatchObject({ budgetAllocated: '1000.00' });

    const k = (await contract(c, i, { offerId: offer.id, compensation: '1000.00' })).data;
    expect(k.offerId).toBe(offer.id);
    expect(await stats(c)).toMatchObject({ budgetAllocated: '1000.00', budgetRemaining: '4000.00' });
    expect((await contract(c, i, { offerId: offer.id }, 409)).error.message).toMatch(/already written/);
    expect(fieldsOf(await contract(c, await influencer(), { offerId: offer.id }, 422))).toEqual(['offerId']);

    const cancelled = (await s.auth(t.http.post(`${C}/${k.id}/cancel`)).expect(200)).body.data;
    expect(cancelled).toMatchObject({ status: 'cancelled' });
    expect(cancelled.cancelledAt).toBeTruthy();
    expect(await stats(c)).toMatchObject({ budgetAllocated: '0.00', budgetRemaining: '5000.00' });
    const thread = (await s.auth(t.http.get(`${OUT}/${outreachId}`)).expect(200)).body.data;
    expect(thread.negotiationState).toBe('open');
    expect(thread.events.map((e: { type: string }) => e.type)).toContain('contract_cancelled');
    await s.auth(t.http.post(`${C}/${k.id}/cancel`)).expect(409);
  });

  it('renders a PDF with real Chromium that shows every term and deliverable, with page numbers', async () => {
    const c = await campaign();
    const k = (await contract(c, await influencer({ username: 'jordan.runs' }))).data;
    const text = pdfText(await pdf(k.id));
    for (const piece of [
      'Influencer Partnership Agreement',
      'Trailhead Running Co',
      k.influencerName,
      '@jordan.runs',
      k.campaignName,
      '750.00 USD',
      'Flat fee',
      'March 15, 2027',
      'April 30, 2027',
      'March 20, 2027',
      'GuidelineMarker42',
      ...terms.mustInclude,
      ...terms.mustAvoid,
      'Exclusive',
      'Perpetual',
      'Page 1 of',
    ]) {
      expect(text).toContain(piece);
    }
    expect(text).toMatch(/reel Instagram 3/);
    expect(text).toMatch(/story Instagram 2/);
  });

  it('renders hostile text inert: tags shown as text, no request leaves the page, no file is read', async () => {
    const requests: string[] = [];
    const canary = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('canary');
    });
    await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(canary.address() as { port: number }).port}`;
    try {
      const hostile = `<script>fetch('${url}/script')</script><img src="file:///etc/passwd"><img src="${url}/img.png"><iframe src="${url}/frame"></iframe><link rel="stylesheet" href="${url}/style.css"><style>@import url('${url}/import.css');</style>`;
      const k = (await contract(await campaign(), await influencer(), { contentGuidelines: `Guidelines ${hostile} end.`, mustInclude: ['<b>bold</b>', `<img src=${url}/inc.png>`], mustAvoid: [`<a href="${url}/a">link</a>`] })).data;
      const text = pdfText(await pdf(k.id));
      await new Promise((r) => setTimeout(r, 500));
      expect(requests).toEqual([]);
      expect(text).toContain('<script>');
      expect(text).toContain('<b>bold</b>');
      expect(text).not.toMatch(/root:x:0:0/);
    } finally {
      await new Promise<void>((r) => canary.close(() => r()));
    }
  });

  it('sends a signing link; the public page shows the terms; signing stores the signed PDF, its hash, the audit and the deliveries; then it is immutable', async () => {
    const c = await campaign('5000.00', 'Spring Trail Series');
    const email = `sign${++n}@creators.example.com`;
    const i = await influencer({ email, displayName: 'Jordan Rivera', username: 'jordanrivera.trails' });
    const k = (await contract(c, i, { startDate: new Date(clock.now().getTime() - DAY).toISOString() })).data;
    const token = await sendForSignature(k.id, email);
    expect((await s.auth(t.http.get(`${C}/${k.id}`)).expect(200)).body.data).toMatchObject({ status: 'sent' });

    const seen = (await t.http.get(`/api/public/contracts/${token}`).expect(200)).body.data;
    expect(seen.contract).toMatchObject({ brandName: 'Trailhead Running Co', compensation: '750.00', status: 'sent', signerName: null });
    expect(JSON.stringify(seen)).not.toMatch(/passwordHash|storeId|signingNonce/);
    const unsigned = (await t.http.get(seen.pdfUrl).buffer(true).parse(binary).expect(200)).body as Buffer;
    expect(unsigned.subarray(0, 5).toString()).toBe('%PDF-');
    screenshot(unsigned, 'contract-sample');

    await t.http.get(`/api/public/contracts/${randomBytes(31).toString('base64url')}`).expect(404);
    await t.http.post(`/api/public/contracts/${token.slice(0, -2)}xy/sign`).send({ signerName: 'X', accept: true }).expect(404);
    expect(fieldsOf((await t.http.post(`/api/public/contracts/${token}/sign`).send({ signerName: 'Jordan Rivera', accept: false }).expect(422)).body)).toEqual(['accept']);
    expect(fieldsOf((await t.http.post(`/api/public/contracts/${token}/sign`).send({ accept: true }).expect(422)).body)).toEqual(['signerName']);

    const signed = (await t.http.post(`/api/public/contracts/${token}/sign`).set('User-Agent', 'SignerBrowser/1.0').send({ signerName: 'Jordan Rivera', accept: true }).expect(200)).body.data.contract;
    expect(signed).toMatchObject({ signerName: 'Jordan Rivera', status: 'active' });
    const after = (await s.auth(t.http.get(`${C}/${k.id}`)).expect(200)).body.data;
    expect(after.status).toBe('active');
    expect(after.audit).toMatchObject({ signerName: 'Jordan Rivera', userAgent: 'SignerBrowser/1.0' });
    expect(after.audit.ip).toBeTruthy();
    expect(after.audit.signedAt).toBe(after.signedAt);
    const signedPdf = await pdf(k.id);
    expect(sha256(signedPdf)).toBe(after.audit.pdfSha256);
    expect(sha256(await pdf(k.id))).toBe(after.audit.pdfSha256);
    screenshot(signedPdf, 'contract-signed');
    const text = pdfText(signedPdf);
    expect(text).toContain('Jordan Rivera');
    expect(text).toMatch(/signature audit/i);
    expect(text).toContain('SignerBrowser/1.0');

    await t.http.post(`/api/public/contracts/${token}/sign`).send({ signerName: 'Jordan Rivera', accept: true }).expect(409);
    expect((await s.auth(t.http.patch(`${C}/${k.id}`)).send({ compensation: '1.00' }).expect(409)).body.error.code).toBe('CONFLICT');
    await s.auth(t.http.post(`${C}/${k.id}/send`)).expect(409);

    const deliveries = (await s.auth(t.http.get(`${C}/${k.id}/deliveries`)).expect(200)).body.data.deliveries;
    expect(deliveries.map((d: { type: string }) => d.type).sort()).toEqual(['reel', 'reel', 'reel', 'story', 'story']);
    expect(deliveries.filter((d: { dueDate: string }) => d.dueDate === '2027-03-20T12:00:00.000Z')).toHaveLength(3);
    expect(deliveries.every((d: { status: string }) => d.status === 'pending')).toBe(true);
    expect(await stats(c)).toMatchObject({ contracts: 1, budgetAllocated: '750.00' });

    // Both parties hear of it: the team by notification, the creator by email with the signed PDF.
    const copy = await smtp.waitFor((m) => m.envelope.rcptTo.includes(email) && /^Signed:/.test(m.parsed.subject ?? ''));
    expect(sha256(copy.parsed.attachments[0].content)).toBe(after.audit.pdfSha256);
    const notes = (await s.auth(t.http.get('/api/notifications')).expect(200)).body.data.notifications;
    expect(notes.map((x: { type: string }) => x.type)).toContain('contract_signed');
  });

  it('a link stops working when it expires, when a newer one is sent, or when the contract is cancelled (410)', async () => {
    const email = `expiry${++n}@creators.example.com`;
    const k = (await contract(await campaign(), await influencer({ email }))).data;
    const first = await sendForSignature(k.id, email);
    const second = await sendForSignature(k.id, email);
    await t.http.get(`/api/public/contracts/${first}`).expect(410);
    await t.http.get(`/api/public/contracts/${second}`).expect(200);
    clock.advance(11 * DAY);
    try {
      await t.http.get(`/api/public/contracts/${second}`).expect(410);
      await t.http.post(`/api/public/contracts/${second}/sign`).send({ signerName: 'Late', accept: true }).expect(410);
    } finally {
      clock.reset();
    }
    await s.auth(t.http.post(`${C}/${k.id}/cancel`)).expect(200);
    await t.http.get(`/api/public/contracts/${second}`).expect(410);
  });

  it('a contract signed before its start date is signed, and becomes active when the date comes', async () => {
    const email = `later${++n}@creators.example.com`;
    const k = (await contract(await campaign(), await influencer({ email }), { startDate: new Date(clock.now().getTime() + 5 * DAY).toISOString(), endDate: new Date(clock.now().getTime() + 30 * DAY).toISOString() })).data;
    const token = await sendForSignature(k.id, email);
    await t.http.post(`/api/public/contracts/${token}/sign`).send({ signerName: 'Sam Lee', accept: true }).expect(200);
    expect((await s.auth(t.http.get(`${C}/${k.id}`)).expect(200)).body.data.status).toBe('signed');
    // Undated deliveries are spread over the period, the last on its end date.
    const due = (await s.auth(t.http.get(`${C}/${k.id}/deliveries`)).expect(200)).body.data.deliveries.map((d: { dueDate: string }) => d.dueDate);
    expect(due).toContain(new Date(Date.parse(k.startDate) + 25 * DAY).toISOString());
    clock.advance(6 * DAY);
    try {
      expect(await t.app.get(ContractLifecycle).advance()).toBeGreaterThanOrEqual(1);
    } finally {
      clock.reset();
    }
    expect((await s.auth(t.http.get(`${C}/${k.id}`)).expect(200)).body.data.status).toBe('active');
  });

  it('contract templates: placeholders checked, the default template used by new contracts, edits leave written contracts alone', async () => {
    const bad = await s.auth(t.http.post('/api/contract-templates')).send({ name: 'Broken', clauses: [{ heading: 'Pay', body: 'We pay {{compensaton}}.' }] }).expect(422);
    expect(fieldsOf(bad.body)).toEqual(['clauses.0.body']);
    const list = (await s.auth(t.http.get('/api/contract-templates')).expect(200)).body.data;
    expect(list.builtIn.clauses.length).toBeGreaterThan(3);
    expect(list.placeholders).toContain('compensation');
    const tpl = (await s.auth(t.http.post('/api/contract-templates')).send({ name: 'House agreement', isDefault: true, clauses: [{ heading: 'Fee', body: '{{brand_name}} pays {{influencer_name}} {{compensation}}.' }] }).expect(201)).body.data;
    const k = (await contract(await campaign(), await influencer())).data;
    expect(k.templateId).toBe(tpl.id);
    expect(k.clauses).toEqual([{ heading: 'Fee', body: `Trailhead Running Co pays ${k.influencerName} 750.00 USD.` }]);
    await s.auth(t.http.patch(`/api/contract-templates/${tpl.id}`)).send({ clauses: [{ heading: 'Changed', body: 'Changed.' }] }).expect(200);
    expect((await s.auth(t.http.get(`${C}/${k.id}`)).expect(200)).body.data.clauses[0].heading).toBe('Fee');
    const second = (await s.auth(t.http.post('/api/contract-templates')).send({ name: 'Second', isDefault: true, clauses: [{ heading: 'Only', body: 'One clause.' }] }).expect(201)).body.data;
    const templates = (await s.auth(t.http.get('/api/contract-templates')).expect(200)).body.data.contractTemplates;
    expect(templates.filter((x: { isDefault: boolean }) => x.isDefault).map((x: { id: string }) => x.id)).toEqual([second.id]);
    await s.auth(t.http.delete(`/api/contract-templates/${second.id}`)).expect(204);
    await s.auth(t.http.delete(`/api/contract-templates/${tpl.id}`)).expect(204);
    // With no template left, templateId null takes the draft back to the built-in agreement.
    const reset = (await s.auth(t.http.patch(`${C}/${k.id}`)).send({ templateId: null }).expect(200)).body.data;
    expect(reset.templateId).toBeNull();
    expect(reset.clauses.map((x: { heading: string }) => x.heading)).toEqual(list.builtIn.clauses.map((x: { heading: string }) => x.heading));
  });
});
