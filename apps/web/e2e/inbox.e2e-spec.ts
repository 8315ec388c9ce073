/**
 * The replies inbox in headless Chromium against the real API, database and a local SMTP server:
 * the store sends two creators a first email (delivered to the SMTP peer, whose copy gives each
 * outreach's Reply-To address), then the creators' answers are posted to the inbound webhook as raw
 * RFC 5322 mail, as a mail provider would. The page is never reloaded: replies, the unread badge,
 * the toast and the open thread all follow over server-sent events. Checked: the list (category,
 * unread dot), both sides of the thread, marking read on open, correcting the category, sending the
 * edited suggested response in the thread, a second reply arriving live, the notifications bell,
 * logging a reply received elsewhere, the category filter, and unmatched mail.
 * UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Locator } from 'playwright-core';
import type { TestApp } from '../../api/test/harness';
import type { ReceivedMail } from '../../api/test/peers/smtp-peer';
import { axeViolations, smtpBrowserSuite, shotPath, signUp } from './browser-harness';
import { until } from '../../api/test/until';

const SECRET = 'inbound-secret-for-browser-tests';
const INBOUND = `/api/webhooks/email/inbound?key=${SECRET}`;

const compose = (mail: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> => new MailComposer(mail).compile().build();


/** A nav link's or the bell's name with its unread count, e.g. "Inbox, 1 unread". */
const withUnread = (label: string, count: number) => new RegExp(`^${label}\\W+${count} unread$`);

/** A category chip's name with its count, e.g. "Interested (1)". */
const chip = (label: string, count: number) => new RegExp(`^${label}\\W+${count}\\W*$`);

/** One outreach that reached the SMTP peer, with the addresses a reply needs. */
interface Sent {
  outreachId: string;
  email: string;
  mail: ReceivedMail;
  replyTo: string;
  messageId: string;
}

describe('SPA replies inbox in a real browser', () => {
  const suite = smtpBrowserSuite({ INBOUND_EMAIL_SECRET: SECRET });

  let token: string;
  let maya: Sent;
  let jonas: Sent;
  /** The Message-ID of Maya's first reply, which the response must answer. */
  const mayaReplyId = `<${randomUUID()}@mail.creators.example.com>`;
  const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);
  const outreach = async (id: string) => (await auth(suite.t.http.get(`/api/influencer/outreach/${id}`)).expect(200)).body.data;
  const post = (raw: Buffer) => suite.t.http.post(INBOUND).set('Content-Type', 'message/rfc822').send(raw);

  const send = async (campaignId: string, username: string, displayName: string, email: string): Promise<Sent> => {
    const influencerId = (
      await auth(suite.t.http.post('/api/influencers'))
        .send({ username, platform: 'instagram', displayName, email, followersCount: 48200, engagementRate: 4.2, niche: ['running'] })
        .expect(201)
    ).body.data.id as string;
    const outreachId = (await auth(suite.t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId, channel: 'email' }).expect(201)).body
      .data.id as string;
    const mail = await suite.smtp.waitFor((m) => m.envelope.rcptTo.includes(email));
    await until(
      () => outreach(outreachId),
      (o) => o.status === 'sent',
    );
    return { outreachId, email, mail, replyTo: mail.parsed.replyTo!.value[0].address!, messageId: mail.parsed.messageId! };
  };

  /** The page's live stream is open: events posted from now on reach it. */
  let streamOpen: Promise<unknown>;

  beforeAll(async () => {
    const { t, page } = suite;
    streamOpen = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/events' && r.status() === 200);
    token = await signUp(page, suite.base, 'Trailhead Outfitters', 'inbox');
    await auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA', senderName: 'Sam' }).expect(200);
    await auth(t.http.put('/api/channels/email'))
      .send({ fromName: 'Sam from Trailhead', fromEmail: 'sam@trailhead.example.com', replyDomain: 'in.trailhead.example.com' })
      .expect(200);
    const campaignId = (
      await auth(t.http.post('/api/influencer/outreach/campaigns'))
        .send({
          name: 'Spring trail launch',
          objective: 'awareness',
          budget: '5000.00',
          deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }],
          targetTiers: ['micro'],
        })
        .expect(201)
    ).body.data.id as string;
    await auth(t.http.post(`/api/influencer/outreach/campaigns/${campaignId}/status`))
      .send({ status: 'active' })
      .expect(200);
    maya = await send(campaignId, 'maya.runs', 'Maya Lopez', 'maya@creators.example.com');
    jonas = await send(campaignId, 'jonas.lifts', 'Jonas Berg', 'jonas@creators.example.com');
    await streamOpen;
  });

  const conversations = () => suite.page.getByRole('region', { name: 'Conversations' });
  const row = (name: string): Locator => conversations().getByRole('link', { name: new RegExp(name) });
  const pane = () => suite.page.getByRole('region', { name: 'Open conversation' });
  const chat = () => pane().getByRole('region', { name: 'Conversation', exact: true });

  it('lists an emailed reply as it arrives, as Interested and unread, opens both sides of the thread and marks it read', async () => {
    const { t, page, pageErrors } = suite;
    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    await page.waitForURL(/\/inbox$/);
    await page.getByRole('heading', { name: 'No replies yet — they appear here the moment a creator answers' }).waitFor();

    // Maya answers from her mail client, in the thread of the first email.
    const raw = await compose({
      from: `Maya Lopez <${maya.email}>`,
      to: maya.replyTo,
      subject: `Re: ${maya.mail.parsed.subject}`,
      messageId: mayaReplyId,
      inReplyTo: maya.messageId,
      references: maya.messageId,
      text: `Hi Sam! Yes, I'd love to work with you on this. Count me in, what are the next steps?\n\nOn Mon, Sam from Trailhead <sam@trailhead.example.com> wrote:\n> ${String(maya.mail.parsed.text).split('\n')[0]}\n`,
    });
    expect((await post(raw).expect(200)).body.data).toEqual({ handled: 'reply', outreachId: maya.outreachId });

    // No reload: the row, the unread badges and a toast arrive over the live stream.
    const mayaRow = row('Maya Lopez');
    await mayaRow.locator('.reply-badge', { hasText: 'Interested' }).waitFor();
    await mayaRow.locator('.unread-dot').waitFor();
    expect(await mayaRow.getAttribute('class')).toContain('conversation--unread');
    await mayaRow.getByText("Hi Sam! Yes, I'd love to work with you on this.", { exact: false }).waitFor();
    await mayaRow.getByText('Spring trail launch').waitFor();
    await page.getByRole('link', { name: withUnread('Inbox', 1) }).waitFor();
    await page.getByRole('button', { name: withUnread('Notifications', 1) }).waitFor();
    await page.locator('.toast').getByText('New reply from Maya Lopez (@maya.runs)').waitFor();
    await page
      .getByRole('group', { name: 'Reply category' })
      .getByRole('button', { name: chip('Interested', 1) })
      .waitFor();

    // Opening it: the first email and her answer, each side with who and when.
    await mayaRow.click();
    await page.waitForURL(new RegExp(`/inbox/${maya.outreachId}$`));
    await pane().getByRole('heading', { name: 'Maya Lopez (@maya.runs)', level: 2 }).waitFor();
    const bubbles = chat().getByRole('article');
    await bubbles.nth(1).waitFor();
    expect(await bubbles.count()).toBe(2);
    await bubbles.nth(0).getByRole('heading', { name: 'You · First message' }).waitFor();
    expect(await bubbles.nth(0).getAttribute('class')).toContain('bubble--out');
    await bubbles.nth(1).getByRole('heading', { name: maya.email }).waitFor();
    expect(await bubbles.nth(1).getAttribute('class')).toContain('bubble--in');
    await bubbles.nth(1).getByText('Count me in, what are the next steps?', { exact: false }).waitFor();
    const category = pane().getByRole('region', { name: 'Reply category' });
    await category.locator('.reply-badge--interested').waitFor();
    await category.getByText(/\d+% sure/).waitFor();
    await category.getByText('Corrections train the offline classifier', { exact: false }).waitFor();

    // Opening the thread marked its notification read: the dot and the badges go.
    await page.getByRole('link', { name: 'Inbox', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await conversations().locator('.conversation--unread').waitFor({ state: 'detached' });
    expect(await mayaRow.getAttribute('aria-current')).toBe('page');
    const notes = (await auth(t.http.get('/api/notifications?unread=true')).expect(200)).body.data;
    expect(notes.unread).toBe(0);

    await page.screenshot({ path: shotPath('inbox.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('corrects the category, then edits the suggested response and sends it in the thread', async () => {
    const { page, pageErrors } = suite;
    const category = pane().getByRole('region', { name: 'Reply category' });
    await category.getByLabel('Category', { exact: true }).selectOption('questions');
    await category.getByLabel('Sentiment', { exact: true }).selectOption('neutral');
    const patched = page.waitForRequest(
      (r) => r.method() === 'PATCH' && new URL(r.url()).pathname === `/api/influencer/outreach/${maya.outreachId}/reply-category`,
    );
    await category.getByRole('button', { name: /^(Save|Confirm) category$/ }).click();
    expect((await patched).postDataJSON()).toEqual({ category: 'questions', sentiment: 'neutral' });
    await category.getByText('Category saved.').waitFor();
    await category.locator('.reply-badge--questions').waitFor();
    await row('Maya Lopez').locator('.reply-badge', { hasText: 'Questions' }).waitFor();
    await page
      .getByRole('group', { name: 'Reply category' })
      .getByRole('button', { name: chip('Questions', 1) })
      .waitFor();
    expect(await outreach(maya.outreachId)).toMatchObject({ replyCategory: 'questions', replySentiment: 'neutral', replyNeedsReview: false });

    // The suggestion follows the corrected category; it is edited before it goes.
    const composer = pane().getByRole('region', { name: 'Reply to Maya Lopez (@maya.runs)' });
    await composer.getByText('Suggested for a reply categorised as Questions', { exact: false }).waitFor();
    const box = composer.getByLabel('Your reply');
    const suggestion = await box.inputValue();
    expect(suggestion).toContain('Maya');
    expect(suggestion).not.toMatch(/\{\{|\}\}/);
    const message = `${suggestion}\n\nP.S. The trail shoes come in every size from 36 to 47.`;
    await box.fill(message);
    const responded = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === `/api/influencer/outreach/${maya.outreachId}/respond`);
    await composer.getByRole('button', { name: 'Send reply' }).click();
    expect((await responded).postDataJSON()).toEqual({ message });
    await composer.getByText('Reply queued', { exact: false }).waitFor();
    expect(await box.inputValue()).toBe('');

    // In the thread at once, queued; sent once the SMTP server has it, answering her message.
    const response = chat()
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'You · Response' }) });
    await response.getByText('36 to 47', { exact: false }).waitFor();
    const delivered = await suite.smtp.waitFor((m) => m.envelope.rcptTo.includes(maya.email) && String(m.parsed.text).includes('36 to 47'));
    expect(delivered.parsed.inReplyTo).toBe(mayaReplyId);
    expect(delivered.parsed.subject).toMatch(/^Re: /);
    await response.locator('.badge', { hasText: 'Sent' }).waitFor();
    await page.screenshot({ path: shotPath('inbox-thread.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('shows a second reply in the open thread without a reload', async () => {
    const { page, pageErrors } = suite;
    await page.evaluate('window.__sameDocument = true');
    const response = suite.smtp.messages.find((m) => m.envelope.rcptTo.includes(maya.email) && String(m.parsed.text).includes('36 to 47'))!;
    const raw = await compose({
      from: `Maya Lopez <${maya.email}>`,
      to: maya.replyTo,
      subject: `Re: ${response.parsed.subject}`,
      messageId: `<${randomUUID()}@mail.creators.example.com>`,
      inReplyTo: response.parsed.messageId,
      references: [maya.messageId, mayaReplyId, response.parsed.messageId!],
      text: 'Perfect, size 39 please. My rate for one Instagram reel is $850, or $1,200 for a reel plus two stories.',
    });
    expect((await post(raw).expect(200)).body.data).toEqual({ handled: 'reply', outreachId: maya.outreachId });

    const latest = chat().getByRole('article').filter({ hasText: 'size 39 please' });
    await latest.waitFor();
    expect(await latest.getAttribute('class')).toContain('bubble--in');
    expect(await chat().getByRole('article').count()).toBe(4);
    await row('Maya Lopez').getByText('Perfect, size 39 please.', { exact: false }).waitFor();
    // The category shown is the API's verdict on the new reply.
    const verdict = await until(
      () => outreach(maya.outreachId),
      (o) => String(o.replyText).includes('size 39'),
    );
    await pane().getByRole('region', { name: 'Reply category' }).locator(`.reply-badge--${verdict.replyCategory}`).waitFor();
    // It arrived in the open thread, so it is read at once, and no toast announces what is on screen.
    const notes = await until(
      () => auth(suite.t.http.get('/api/notifications')).then((r) => r.body.data.notifications as { body: string; readAt: string | null }[]),
      (list) => list.some((n) => n.body.includes('size 39') && n.readAt !== null),
    );
    expect(notes.find((n) => n.body.includes('size 39'))?.readAt).toEqual(expect.any(String));
    expect(await page.locator('.toast').getByText('size 39', { exact: false }).count()).toBe(0);
    await page.getByRole('link', { name: 'Inbox', exact: true }).waitFor();
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('rings the bell for a reply elsewhere in the app, marks all read, and opens the conversation from the panel', async () => {
    const { page, pageErrors } = suite;
    await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
    await page.waitForURL(/\/campaigns$/);
    const raw = await compose({
      from: `Jonas Berg <${jonas.email}>`,
      to: jonas.replyTo,
      subject: `Re: ${jonas.mail.parsed.subject}`,
      messageId: `<${randomUUID()}@mail.creators.example.com>`,
      inReplyTo: jonas.messageId,
      text: "Thanks, but I'll pass on this one. I'm not taking on brand partnerships right now.",
    });
    expect((await post(raw).expect(200)).body.data).toEqual({ handled: 'reply', outreachId: jonas.outreachId });

    const bell = page.getByRole('button', { name: withUnread('Notifications', 1) });
    await bell.click();
    const panel = page.getByRole('region', { name: 'Notifications' });
    const note = panel.getByRole('link', { name: /^Unread: Jonas Berg/ });
    await note.waitFor();
    expect(await panel.getByRole('link', { name: /Maya Lopez/ }).count()).toBeGreaterThanOrEqual(2);
    expect(await bell.getAttribute('aria-expanded')).toBe('true');

    // Escape closes the panel and gives focus back to the bell.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-controls") !== null')).toBe(true);
    await page.keyboard.press('Enter');
    await panel.waitFor();

    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Inbox', exact: true }).waitFor();
    expect(await panel.getByRole('button', { name: 'Mark all read' }).isDisabled()).toBe(true);
    await panel.getByRole('link', { name: /^Jonas Berg/ }).click();
    await page.waitForURL(new RegExp(`/inbox/${jonas.outreachId}$`));
    await panel.waitFor({ state: 'hidden' });
    await pane().getByRole('heading', { name: 'Jonas Berg (@jonas.lifts)', level: 2 }).waitFor();
    await pane().getByRole('region', { name: 'Reply category' }).locator('.reply-badge--declined').waitFor();

    // A decline gets no suggestion: the box is empty and says so.
    const composer = pane().getByRole('region', { name: 'Reply to Jonas Berg (@jonas.lifts)' });
    await composer.getByText('No suggestion for this reply: write your own.').waitFor();
    expect(await composer.getByLabel('Your reply').inputValue()).toBe('');
    expect(await composer.getByLabel('Your reply').getAttribute('placeholder')).toBeTruthy();
    await composer.getByRole('button', { name: 'Send reply' }).click();
    await composer.getByText('Write your reply first.').waitFor();
    expect(await composer.getByLabel('Your reply').getAttribute('aria-invalid')).toBe('true');

    // The category chips filter the list, in the URL.
    await page
      .getByRole('group', { name: 'Reply category' })
      .getByRole('button', { name: /^Declined/ })
      .click();
    await page.waitForURL(/replyCategory=declined/);
    await row('Maya Lopez').waitFor({ state: 'detached' });
    await row('Jonas Berg').waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Reply category' })
        .getByRole('button', { name: /^Declined/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByRole('group', { name: 'Reply category' }).getByRole('button', { name: /^All/ }).click();
    await row('Maya Lopez').waitFor();

    // "Needs review": the replies the classifier was unsure about, as the API counts them.
    const unsure = (await auth(suite.t.http.get('/api/influencer/outreach/list').query({ replied: true, needsReview: true })).expect(200)).body.data
      .outreach as unknown[];
    const review = page.getByRole('button', { name: chip('Needs review', unsure.length) });
    const listed = page.waitForRequest(
      (r) => new URL(r.url()).pathname === '/api/influencer/outreach/list' && new URL(r.url()).searchParams.get('needsReview') === 'true',
    );
    await review.click();
    expect(new URL((await listed).url()).searchParams.get('replied')).toBe('true');
    await page.waitForURL(/needsReview=true/);
    expect(await review.getAttribute('aria-pressed')).toBe('true');
    if (unsure.length) await conversations().locator('.review-marker').first().waitFor();
    else await page.getByRole('heading', { name: 'No replies match these filters' }).waitFor();
    expect(await conversations().getByRole('link').count()).toBe(unsure.length);
    await review.click();
    await row('Maya Lopez').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('logs a reply received elsewhere and puts its suggested answer in the reply box', async () => {
    const { page, pageErrors } = suite;
    await pane().getByText('Log a reply received elsewhere').click();
    const form = pane().getByRole('form', { name: 'Log a reply' });
    await form.getByRole('button', { name: 'Log reply' }).click();
    await form.getByText('Paste or type what the creator said.').waitFor();
    await form.getByLabel('Their reply').fill("Sounds great — I'm in! Send me the details and I'll get started.");
    const logged = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/influencer/outreach/${jonas.outreachId}/reply`,
    );
    await form.getByRole('button', { name: 'Log reply' }).click();
    const result = (await (await logged).json()).data as { category: string; suggestedResponse: string | null };
    await form.getByText('Reply logged').waitFor();
    expect(result.category).toBe('interested');
    await form.getByText('Categorised as Interested', { exact: false }).waitFor();
    expect(await form.getByLabel('Their reply').inputValue()).toBe('');

    const composer = pane().getByRole('region', { name: 'Reply to Jonas Berg (@jonas.lifts)' });
    expect(result.suggestedResponse).toBeTruthy();
    expect(await composer.getByLabel('Your reply').inputValue()).toBe(result.suggestedResponse);
    await pane().getByRole('region', { name: 'Reply category' }).locator('.reply-badge--interested').waitFor();
    await chat().getByRole('article').filter({ hasText: "Sounds great — I'm in!" }).waitFor();
    await row('Jonas Berg').locator('.reply-badge', { hasText: 'Interested' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('lists mail that matched no outreach under Unmatched', async () => {
    const { page, pageErrors } = suite;
    const raw = await compose({
      from: 'stranger@elsewhere.example',
      to: 'partnerships@in.trailhead.example.com',
      subject: 'Hello?',
      messageId: `<${randomUUID()}@elsewhere.example>`,
      text: 'Is this the right address?',
    });
    expect((await post(raw).expect(200)).body.data).toEqual({ handled: 'unmatched', outreachId: null });

    await page.getByRole('navigation', { name: 'Inbox views' }).getByRole('link', { name: 'Unmatched' }).click();
    await page.waitForURL(/\/inbox\/unmatched$/);
    await page.getByText('Mail sent to your addresses that we could not link to an outreach. Nothing is dropped.').waitFor();
    const mail = page.getByRole('row').filter({ hasText: 'stranger@elsewhere.example' });
    await mail.getByRole('cell', { name: 'Hello?' }).waitFor();
    await mail.getByRole('cell', { name: 'partnerships@in.trailhead.example.com' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Inbox views' }).getByRole('link', { name: 'Unmatched' }).getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('on a narrow screen shows the list, then the conversation on its own', async () => {
    const { base, page, pageErrors } = suite;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${base}/inbox`);
      await row('Maya Lopez').waitFor();
      expect(await pane().count()).toBe(0); // hidden: not even in the accessibility tree
      await row('Maya Lopez').click();
      await page.waitForURL(new RegExp(`/inbox/${maya.outreachId}`));
      await pane().getByRole('heading', { name: 'Maya Lopez (@maya.runs)', level: 2 }).waitFor();
      await conversations().waitFor({ state: 'hidden' });
      await page.screenshot({ path: shotPath('inbox-narrow.png') });
      expect(await axeViolations(page)).toEqual([]);
      await pane().getByRole('link', { name: 'All conversations' }).click();
      await page.waitForURL(/\/inbox(\?|$)/);
      await row('Jonas Berg').waitFor();
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
    expect(pageErrors).toEqual([]);
  });
});
