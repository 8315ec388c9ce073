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
      { channel: 'email', connected: false, canStartConversation: true, windowHours: null, quotaPerWindow: null, maxLength: null, unavailableIn: [] },
      { channel: 'instagram_dm', connected: false, canStartConversation: false, windowHours: 24, quotaPerWindow: null, maxLength: 1000, unavailableIn: [] },
      { channel: 'tiktok_dm', connected: false, canStartConversation: false, windowHours: 48, quotaPerWindow: 10, maxLength: 6000, unavailableIn: ['EEA', 'CH', 'GB'] },
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
