import { Tenancy } from '@parley/server-core';
import { fieldsOf, registerStore, startTestApp, type TestApp } from './harness';

describe('channels', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists every channel with its capabilities; only email can start a conversation', async () => {
    const s = await registerStore(t);
    const channels = (await s.auth(t.http.get('/api/channels')).expect(200)).body.data.channels;
    expect(channels).toEqual([
      { channel: 'email', connected: false, connection: null, canStartConversation: true, windowHours: null, humanAgentWindowHours: null, quotaPerWindow: null, maxLength: null, unavailableIn: [] },
      { channel: 'instagram_dm', connected: false, connection: null, canStartConversation: false, windowHours: 24, humanAgentWindowHours: 168, quotaPerWindow: null, maxLength: 1000, unavailableIn: [] },
      { channel: 'tiktok_dm', connected: false, connection: null, canStartConversation: false, windowHours: 48, humanAgentWindowHours: null, quotaPerWindow: 10, maxLength: 6000, unavailableIn: ['EEA', 'CH', 'GB'] },
    ]);
  });

  it('sets, reads, replaces and removes the email sender identity, per store', async () => {
    const s = await registerStore(t);
    const other = await registerStore(t);
    await s.auth(t.http.get('/api/channels/email')).expect(404);
    const put = await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Sam from Trailhead', fromEmail: 'Sam@Trailhead.example.com', replyDomain: 'replies.trailhead.example.com' }).expect(200);
    expect(put.body.data).toMatchObject({ fromName: 'Sam from Trailhead', fromEmail: 'sam@trailhead.example.com', replyDomain: 'replies.trailhead.example.com' });
    expect((await s.auth(t.http.get('/api/channels')).expect(200)).body.data.channels[0].connected).toBe(true);
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Sam', fromEmail: 'sam@trailhead.example.com' }).expect(200);
    expect((await s.auth(t.http.get('/api/channels/email')).expect(200)).body.data).toMatchObject({ fromName: 'Sam', replyDomain: null });
    await other.auth(t.http.get('/api/channels/email')).expect(404);
    expect((await other.auth(t.http.get('/api/channels')).expect(200)).body.data.channels[0].connected).toBe(false);
    await s.auth(t.http.delete('/api/channels/email')).expect(200);
    await s.auth(t.http.get('/api/channels/email')).expect(404);
  });

  it('refuses a bad identity naming the field, header injection included', async () => {
    const s = await registerStore(t);
    const bad = async (body: Record<string, unknown>) => fieldsOf((await s.auth(t.http.put('/api/channels/email')).send(body).expect(422)).body);
    expect(await bad({ fromName: 'Sam', fromEmail: 'nope' })).toContain('fromEmail');
    expect(await bad({ fromName: 'Sam\r\nBcc: all@example.com', fromEmail: 'sam@example.com' })).toContain('fromName');
    expect(await bad({ fromName: 'Sam', fromEmail: 'sam@example.com', replyDomain: 'not a domain' })).toContain('replyDomain');
    expect(await bad({ fromName: 'Sam', fromEmail: 'sam@example.com', smtpPassword: 'x' })).toContain('smtpPassword');
  });
});

describe('channels: the reply mailbox (imapUrl)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('base64') });
  });
  afterAll(() => t.close());

  const identity = { fromName: 'Sam from Trailhead', fromEmail: 'sam@trailhead.example.com' };

  it('stores the mailbox encrypted, shows it without its password, keeps it when absent and removes it with null', async () => {
    const s = await registerStore(t);
    const url = 'imaps://replies%40trailhead.example.com:Pa%24%24word-9@imap.example.com/Replies';
    const put = await s.auth(t.http.put('/api/channels/email')).send({ ...identity, imapUrl: url }).expect(200);
    expect(put.body.data.imap).toEqual({ host: 'imap.example.com', port: 993, secure: true, user: 'replies@trailhead.example.com', mailbox: 'Replies' });
    expect(JSON.stringify(put.body)).not.toContain('Pa$$word');
    const [row] = await t.app.get(Tenancy).query<{ imap_url_sealed: string }>(s.storeId, 'SELECT imap_url_sealed FROM sender_identities WHERE store_id = $1');
    expect(row.imap_url_sealed).toMatch(/^v1:/);
    expect(row.imap_url_sealed).not.toContain('imap.example.com');

    const kept = await s.auth(t.http.put('/api/channels/email')).send({ ...identity, fromName: 'Sam' }).expect(200);
    expect(kept.body.data.imap).toMatchObject({ host: 'imap.example.com' });
    expect((await s.auth(t.http.get('/api/channels/email')).expect(200)).body.data.imap).toMatchObject({ port: 993 });
    const removed = await s.auth(t.http.put('/api/channels/email')).send({ ...identity, imapUrl: null }).expect(200);
    expect(removed.body.data.imap).toBeNull();
  });

  it('refuses a URL that is not imap(s) or lacks the user and password, naming imapUrl', async () => {
    const s = await registerStore(t);
    for (const imapUrl of ['https://imap.example.com', 'imaps://imap.example.com', 'imap://user@imap.example.com']) {
      const r = await s.auth(t.http.put('/api/channels/email')).send({ ...identity, imapUrl }).expect(422);
      expect(fieldsOf(r.body)).toEqual(['imapUrl']);
    }
  });
});

describe('channels: a server without ENCRYPTION_KEY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 409 for a mailbox it could not store safely, and still saves an identity without one', async () => {
    const s = await registerStore(t);
    const r = await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Sam', fromEmail: 'sam@trailhead.example.com', imapUrl: 'imaps://u:p@imap.example.com' }).expect(409);
    expect(r.body.error.message).toMatch(/ENCRYPTION_KEY/);
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Sam', fromEmail: 'sam@trailhead.example.com' }).expect(200);
  });
});
