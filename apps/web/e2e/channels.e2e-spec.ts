/**
 * Instagram DMs in the SPA, in headless Chromium against the real API and database, with a local
 * Graph API peer standing in for Instagram (apps/api/test/peers/graph-peer.ts): connect the account
 * in Settings → Channels (a token Instagram refuses shows on its field; a good one shows the account
 * and what the channel can and cannot do, from GET /api/channels), then send a first DM through the
 * API. Instagram never lets a business send the first message, so it becomes an assisted send: it
 * shows in its thread with the window closed, and on the Assisted sends page, where Copy puts its
 * text on the clipboard, o opens the conversation and m marks it as sent, after which it leaves the
 * list and the outreach is sent. Parley itself never sends it (the peer records no send). Last,
 * disconnecting asks first. UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import { randomBytes } from 'node:crypto';
import type { TestApp } from '../../api/test/harness';
import { startGraphPeer, type GraphPeer } from '../../api/test/peers/graph-peer';
import { until } from '../../api/test/until';
import { axeViolations, browserSuite, shotPath, signUp } from './browser-harness';

const GOOD_TOKEN = `IGAAT${randomBytes(24).toString('hex')}`;
const BAD_TOKEN = `IGAAT${randomBytes(24).toString('hex')}`;
const BRAND = 'trailhead.running';

/** A nav link's name with its count, e.g. "Assisted sends, 1 waiting". */
const withCount = (label: string, count: number) => new RegExp(`^${label}\\W+${count} waiting$`);

describe('SPA Instagram DMs and assisted sends in a real browser', () => {
  let graph: GraphPeer;
  beforeAll(async () => {
    graph = await startGraphPeer({ validTokens: [GOOD_TOKEN], username: BRAND });
  });
  // The peer answers the account lookup GET /<version>/<igUserId> for the good token, and Graph's code 190 error for any other.
  const suite = browserSuite(() => ({ INSTAGRAM_GRAPH_URL: graph.url, ENCRYPTION_KEY: randomBytes(32).toString('base64') }));
  afterAll(async () => {
    await graph?.stop();
  });

  let token: string;
  /** A supertest request signed in as the store the browser registered. */
  const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);

  it('connects Instagram: a refused token shows on its field, a good one shows the account and what the channel can and cannot do', async () => {
    const { t, base, page, pageErrors } = suite;
    token = await signUp(page, base, 'Trailhead Outfitters', 'channels');

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings$/);
    const instagram = page.getByRole('region', { name: 'Channels' }).getByRole('article', { name: 'Instagram DM' });
    await instagram.getByText('Not connected', { exact: true }).waitFor();
    const form = instagram.getByRole('form', { name: 'Connect Instagram' });
    const tokenField = form.getByLabel('Access token');
    // A password field, never filled in.
    expect(await tokenField.getAttribute('type')).toBe('password');
    expect(await tokenField.inputValue()).toBe('');

    // Instagram refuses the token (Graph code 190): the API's 422 names accessToken, shown on that field; nothing is kept.
    await form.getByLabel('Instagram user id').fill(graph.igUserId);
    await tokenField.fill(BAD_TOKEN);
    await form.getByRole('button', { name: 'Connect Instagram' }).click();
    await form.getByText(/Instagram refused this token/).waitFor();
    expect(await tokenField.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Instagram user id').getAttribute('aria-invalid')).toBe('false');
    await auth(t.http.get('/api/channels/instagram')).expect(404);

    // A good token: connected as the account Instagram names, checked before it was kept.
    await tokenField.fill(GOOD_TOKEN);
    expect(await tokenField.getAttribute('aria-invalid')).toBe('false');
    await form.getByRole('button', { name: 'Connect Instagram' }).click();
    await instagram.getByText(`@${BRAND}`, { exact: true }).waitFor();
    await instagram.getByText('Connected', { exact: true }).waitFor();
    await instagram.getByText(graph.igUserId, { exact: true }).waitFor();
    // No app secret in tests: no webhooks, so Instagram is polled.
    await instagram.getByText(/checks Instagram for new messages regularly/).waitFor();
    expect(await instagram.textContent()).not.toContain(GOOD_TOKEN);

    // What the channel can and cannot do, in words built from GET /api/channels.
    const facts = instagram.getByRole('list', { name: 'What this channel can and cannot do' });
    await facts.getByText('Replies only: Instagram lets a business answer within 24 hours of the creator’s last message').waitFor();
    await facts.getByText(/Cannot send the first message/).waitFor();
    await facts.getByText(/may still go up to 7 days after the creator’s last message/).waitFor();
    await facts.getByText(/Up to 1,000 bytes per message/).waitFor();
    const listed = await auth(t.http.get('/api/channels')).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(GOOD_TOKEN);
    expect(listed.body.data.channels.find((c: { channel: string }) => c.channel === 'instagram_dm')).toMatchObject({
      connected: true,
      canStartConversation: false,
      windowHours: 24,
      humanAgentWindowHours: 168,
      maxLength: 1000,
      connection: { platform: 'instagram', accountId: graph.igUserId, username: BRAND, status: 'connected', webhooksConfigured: false },
    });
    // The token went to Instagram in a header, never in a URL.
    expect(graph.requests.filter((r) => r.token === GOOD_TOKEN).map((r) => r.tokenIn)).toEqual(expect.arrayContaining(['header']));
    expect(graph.requests.every((r) => r.tokenIn !== 'query')).toBe(true);

    // Replacing the token starts from an empty token field.
    await instagram.getByRole('button', { name: 'Replace token' }).click();
    expect(await instagram.getByLabel('Access token').inputValue()).toBe('');
    expect(await instagram.getByLabel('Instagram user id').inputValue()).toBe(graph.igUserId);
    await instagram.getByRole('button', { name: 'Cancel' }).click();
    await instagram.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('settings-instagram.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('makes a first Instagram DM an assisted send: shown in its thread and on the task list, copied, opened and marked as sent by keyboard', async () => {
    const { t, base, page, pageErrors } = suite;
    const influencerId = (
      await auth(t.http.post('/api/influencers'))
        .send({ username: 'maya.runs', platform: 'instagram', displayName: 'Maya Lopez', followersCount: 48200, engagementRate: 4.2, niche: ['running'] })
        .expect(201)
    ).body.data.id as string;
    const text = 'Hi Maya, we love your trail runs. Would you try our new trail shoe this spring?';

    // Maya never wrote to the brand: Instagram will not take a first message from Parley, so a person sends it.
    const sent = await auth(t.http.post('/api/influencer/outreach/send')).send({ influencerId, channel: 'instagram_dm', customMessage: text });
    expect({ status: sent.status, body: sent.body }).toMatchObject({ status: expect.any(Number), body: { success: true } });
    expect(sent.status).toBeLessThan(300);
    const outreachId = sent.body.data.id as string;
    const read = async () => (await auth(t.http.get(`/api/influencer/outreach/${outreachId}`)).expect(200)).body.data;
    const ready = await until(read, (o) => o.status === 'ready_to_send');
    expect(ready).toMatchObject({ status: 'ready_to_send', channel: 'instagram_dm', deepLink: 'https://ig.me/m/maya.runs' });
    expect(ready.thread.messages[0]).toMatchObject({ direction: 'out', status: 'ready_to_send', assistReason: 'no_conversation', text });
    expect(graph.sends).toEqual([]);

    // The thread: the window is closed (she never wrote), the conversation's link, and the message as a task.
    await page.goto(`${base}/outreach/${outreachId}`);
    await page.getByRole('heading', { name: 'Maya Lopez (@maya.runs)', level: 1 }).waitFor();
    const conversation = page.getByRole('region', { name: 'Instagram conversation' });
    await conversation.getByText('Closed: your next message becomes an assisted task').waitFor();
    expect(await conversation.getByRole('link', { name: /Open the conversation on Instagram/ }).getAttribute('href')).toBe('https://ig.me/m/maya.runs');
    const message = page.getByRole('region', { name: 'Messages' }).getByRole('article').first();
    await message.getByText('Ready to send', { exact: true }).waitFor();
    await message.getByText(/They haven’t written to you yet/).waitFor();
    await message.getByRole('button', { name: 'Mark as sent' }).waitFor();
    await page.screenshot({ path: shotPath('outreach-dm-thread.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The task list, from the navigation with its count.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: withCount('Assisted sends', 1) }).click();
    await page.waitForURL(/\/assisted-sends$/);
    await page.getByRole('heading', { name: 'Assisted sends', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Keyboard' }).getByText('mark as sent').waitFor();
    const tasks = page.getByRole('region', { name: 'Tasks' });
    const task = tasks.getByRole('article', { name: 'Maya Lopez (@maya.runs)' });
    await task.getByText('They haven’t written to you yet: platforms only let a person send the first message.').waitFor();
    expect(await task.locator('pre').textContent()).toBe(text);
    expect(await task.getAttribute('aria-current')).toBe('true');
    expect(await task.getByRole('link', { name: /Open conversation/ }).getAttribute('href')).toBe('https://ig.me/m/maya.runs');
    await page.screenshot({ path: shotPath('assisted-sends.png') });
    expect(await axeViolations(page)).toEqual([]);

    // Copy puts the text on the clipboard; so does c.
    const clipboard = () => page.evaluate('navigator.clipboard.readText()') as Promise<string>;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await task.getByRole('button', { name: 'Copy text' }).click();
    await task.getByText('Copied', { exact: true }).waitFor();
    expect(await clipboard()).toBe(text);
    await page.evaluate("navigator.clipboard.writeText('something else')");
    await page.keyboard.press('c');
    expect(await until(clipboard, (v) => v === text, 5_000)).toBe(text);

    // o opens the conversation in a new tab (answered locally: tests have no internet).
    await page.context().route('https://ig.me/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Instagram</title>' }));
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('o')]);
    await popup.waitForURL('https://ig.me/m/maya.runs');
    await popup.close();

    // m marks it as sent: it leaves the list, the count goes, and the outreach is sent (by hand: Parley sent nothing).
    await page.bringToFront();
    await page.keyboard.press('m');
    await tasks.getByRole('heading', { name: 'Nothing to send by hand' }).waitFor();
    await nav.getByRole('link', { name: 'Assisted sends', exact: true }).waitFor();
    const after = await read();
    expect(after.status).toBe('sent');
    expect(after.thread.messages[0]).toMatchObject({ status: 'sent', sentAt: expect.any(String) });
    expect(graph.sends).toEqual([]);

    await page.goto(`${base}/outreach/${outreachId}`);
    await page.locator('.page-header').getByText('Sent', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Messages' }).getByRole('article').first().getByText('Sent', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Mark as sent' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('disconnects Instagram after confirming', async () => {
    const { t, page, pageErrors } = suite;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings$/);
    const instagram = page.getByRole('region', { name: 'Channels' }).getByRole('article', { name: 'Instagram DM' });
    await instagram.getByRole('button', { name: 'Disconnect Instagram' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disconnect Instagram?' });
    await dialog.getByText(/deletes the stored token/).waitFor();
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await instagram.getByText('Not connected', { exact: true }).waitFor();
    await instagram.getByRole('form', { name: 'Connect Instagram' }).waitFor();
    await auth(t.http.get('/api/channels/instagram')).expect(404);
    expect(pageErrors).toEqual([]);
  });
});
