/**
 * Email outreach in the SPA, in headless Chromium against the real API and database: set the email
 * sender identity, then send a first email to a creator from the influencers table (channel,
 * default template and a preview for that creator in the dialog), open its thread, and find it in
 * /outreach. Then a bulk send from a campaign's members: one creator has no email address and one
 * is on the do-not-contact list, so both are skipped and listed by reason while the rest is queued
 * and its progress shown. The records are created through the API so this file is about outreach.
 * Whether a message is delivered depends on the server's transport, so statuses are read, not
 * awaited. UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import type { TestApp } from '../../api/test/harness';
import { browserSuite, shotPath, signUp } from './browser-harness';

/** Any status an outreach can have right after it was sent to the queue. */
const AFTER_SEND = /Queued|Sent|Failed|Bounced|Opened/;

describe('SPA email outreach in a real browser', () => {
  const suite = browserSuite();
  let token: string;
  /** A supertest request signed in as the store the browser registered. */
  const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);
  const creator = async (username: string, displayName: string, email?: string) =>
    (
      await auth(suite.t.http.post('/api/influencers'))
        .send({ username, platform: 'instagram', displayName, ...(email && { email }), followersCount: 48200, engagementRate: 4.2, niche: ['running'] })
        .expect(201)
    ).body.data.id as string;

  beforeAll(async () => {
    token = await signUp(suite.page, suite.base, 'Trailhead Outfitters', 'outreach');
    await auth(suite.t.http.put('/api/channels/email')).send({ fromName: 'Sam from Trailhead', fromEmail: 'sam@trailhead.example.com' }).expect(200);
  });

  it('sends a first email from the influencers table with a preview, opens its thread and finds it in the outreach list', async () => {
    const { t, page, pageErrors } = suite;
    const mayaId = await creator('maya.runs', 'Maya Lopez', 'maya@example.com');
    const campaign = await auth(t.http.post('/api/influencer/outreach/campaigns'))
      .send({
        name: 'Spring trail launch',
        objective: 'awareness',
        budget: '5000.00',
        deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }],
        targetTiers: ['micro'],
      })
      .expect(201);
    const campaignId = campaign.body.data.id as string;

    // Nothing sent yet: the empty list says how to send.
    await page.getByRole('link', { name: 'Outreach', exact: true }).click();
    await page.waitForURL(/\/outreach$/);
    await page.getByRole('heading', { name: 'No outreach yet' }).waitFor();

    // The dialog from the table's row action: email and the default first email, previewed for Maya.
    await page.getByRole('link', { name: 'Influencers', exact: true }).click();
    await page.waitForURL(/\/influencers$/);
    await page.getByRole('button', { name: 'Send a message to @maya.runs (instagram)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send a message' });
    await dialog.getByText('Maya Lopez (@maya.runs, instagram)').waitFor();
    expect(await dialog.getByLabel('Channel').inputValue()).toBe('email');
    // Once the channel's templates load, the store's default first email is chosen.
    await dialog.getByLabel('Template').locator('option:checked', { hasText: '(default)' }).waitFor({ state: 'attached' });
    await dialog.getByLabel('Campaign').selectOption({ label: 'Spring trail launch' });
    const preview = dialog.getByRole('region', { name: 'Message preview' });
    await preview.getByText('Maya', { exact: false }).first().waitFor();
    const body = (await preview.locator('pre').textContent()) ?? '';
    expect(body).toContain('Maya');
    expect(body).not.toMatch(/\{\{|\}\}/);
    await page.screenshot({ path: shotPath('outreach-send.png') });

    // A time in the past is refused before anything is sent.
    await dialog.getByLabel('Schedule for').fill('2020-01-01T09:00');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await dialog.getByText('Choose a time in the future, or leave it empty to send now.').waitFor();
    expect(await dialog.getByLabel('Schedule for').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Schedule for').fill('');

    const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/influencer/outreach/send');
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    expect((await sent).postDataJSON()).toMatchObject({ influencerId: mayaId, channel: 'email', campaignId, templateId: expect.any(String) });
    await dialog.getByText('Sent to the queue').waitFor();

    // The thread: who, where, the message as sent and its timeline.
    await dialog.getByRole('link', { name: 'View the thread' }).click();
    await page.waitForURL(/\/outreach\/[0-9a-f-]{36}$/);
    const outreachId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: 'Maya Lopez (@maya.runs)', level: 1 }).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('link', { name: 'Spring trail launch' }).waitFor();
    await details.getByText('maya@example.com').waitFor();
    const message = page.getByRole('region', { name: 'Messages' }).getByRole('article').first();
    await message.getByText('to maya@example.com', { exact: false }).waitFor();
    expect(await message.locator('pre').textContent()).toContain('Maya');
    await page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first().waitFor();
    await page.screenshot({ path: shotPath('outreach-thread.png'), fullPage: true });

    // The list: the row links to the thread, and the status filter narrows it.
    await page.getByRole('link', { name: 'Outreach', exact: true }).first().click();
    await page.waitForURL(/\/outreach$/);
    const row = page.getByRole('row').filter({ hasText: '@maya.runs' });
    await row.getByText(AFTER_SEND).first().waitFor();
    await row.getByRole('cell', { name: 'Spring trail launch', exact: true }).waitFor();
    expect(await row.getByRole('link', { name: 'Thread with Maya Lopez (@maya.runs)' }).getAttribute('href')).toBe(`/outreach/${outreachId}`);
    await page.getByLabel('Status').selectOption('cancelled');
    await page.getByRole('heading', { name: 'No outreach matches these filters' }).waitFor();
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await row.waitFor();

    // What the page showed is what the API holds.
    const listed = await auth(t.http.get('/api/influencer/outreach/list').query({ campaignId })).expect(200);
    expect(listed.body.data.outreach).toEqual([expect.objectContaining({ id: outreachId, influencerId: mayaId, channel: 'email' })]);
    expect(pageErrors).toEqual([]);
  });

  it('schedules an email for later, then cancels it from its thread after confirming', async () => {
    const { page, pageErrors } = suite;
    await page.getByRole('link', { name: 'Influencers', exact: true }).click();
    await page.waitForURL(/\/influencers$/);
    await page.getByRole('button', { name: 'Send a message to @maya.runs (instagram)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send a message' });
    await dialog.getByLabel('Template').locator('option:checked', { hasText: '(default)' }).waitFor({ state: 'attached' });
    await dialog.getByLabel('Schedule for').fill('2030-01-15T09:30');
    const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/influencer/outreach/send');
    await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
    // The local time goes out as an ISO instant.
    expect((await sent).postDataJSON()).toMatchObject({ scheduleFor: expect.stringMatching(/^2030-01-1[45]T\d{2}:\d{2}:00\.000Z$/) });
    await dialog.getByText('Scheduled', { exact: true }).waitFor();
    await dialog.getByRole('link', { name: 'View the thread' }).click();
    await page.waitForURL(/\/outreach\/[0-9a-f-]{36}$/);
    await page.getByRole('region', { name: 'Details' }).getByText('Scheduled for').waitFor();

    // Cancelling asks first; keeping it changes nothing.
    await page.getByRole('button', { name: 'Cancel outreach' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel this outreach?' });
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Cancel outreach' }).click();
    await confirm.getByRole('button', { name: 'Cancel outreach' }).click();
    await page.locator('.page-header').getByText('Cancelled', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Cancel outreach' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Timeline' }).getByText('Cancelled', { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('bulk-sends to selected campaign members, listing who was skipped and why, with the progress and a link to the outreach', async () => {
    const { t, page, pageErrors } = suite;
    const ids = [
      await creator('jonas.lifts', 'Jonas Berg', 'jonas@example.com'),
      await creator('lena.trails', 'Lena Fox', 'lena@example.com'),
      await creator('no.mail', 'Nomail Runner'),
      await creator('opted.out', 'Opted Out', 'optout@example.com'),
    ];
    await auth(t.http.post('/api/suppressions')).send({ email: 'optout@example.com' }).expect(201);
    const campaignId = (
      await auth(t.http.post('/api/influencer/outreach/campaigns'))
        .send({
          name: 'Summer ultra',
          objective: 'awareness',
          budget: '3000.00',
          deliverables: [{ type: 'reel', platform: 'instagram', quantity: 1 }],
          targetTiers: ['micro'],
        })
        .expect(201)
    ).body.data.id as string;
    await auth(t.http.post(`/api/influencer/outreach/campaigns/${campaignId}/influencers`))
      .send({ influencerIds: ids })
      .expect(200);

    await page.goto(`${suite.base}/campaigns/${campaignId}`);
    await page.getByRole('heading', { name: 'Summer ultra', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Outreach by status' }).getByText('Nothing sent yet', { exact: false }).waitFor();

    // One member's Send: the API's refusals in the form's words, with the way to the fix.
    await page.getByRole('button', { name: 'Send a message to @opted.out (instagram)' }).click();
    const single = page.getByRole('dialog', { name: 'Send a message' });
    // The campaign comes preselected once the campaign list has loaded into the select.
    await single.getByLabel('Campaign').locator(`option[value="${campaignId}"]:checked`).waitFor({ state: 'attached' });
    await single.getByRole('region', { name: 'Message preview' }).waitFor();
    await single.getByRole('button', { name: 'Send', exact: true }).click();
    await single.getByRole('alert').getByText('This address is on your do-not-contact list', { exact: false }).waitFor();
    // A DM: the form says plainly that Instagram only lets a person send the first message, and that it is not connected.
    await single.getByLabel('Channel').selectOption('instagram_dm');
    await single.getByText('only lets a person send the first message', { exact: false }).waitFor();
    expect(await single.getByRole('link', { name: 'connect it in Settings → Channels' }).getAttribute('href')).toBe('/settings#channels');
    await single.getByLabel('Template').locator('option:checked', { hasText: '(default)' }).waitFor({ state: 'attached' });
    // The do-not-contact list stands for the person on every channel.
    await single.getByRole('button', { name: 'Send', exact: true }).click();
    await single.getByRole('alert').getByText('This address is on your do-not-contact list', { exact: false }).waitFor();
    await single.getByRole('button', { name: 'Cancel' }).click();
    await single.waitFor({ state: 'hidden' });

    await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
    await page.getByText('4 selected').waitFor();
    await page.getByRole('button', { name: 'Send to selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send to selected creators' });
    await dialog.getByLabel('Template').locator('option:checked', { hasText: '(default)' }).waitFor({ state: 'attached' });
    expect(await dialog.getByLabel('Channel').inputValue()).toBe('email');
    const bulk = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/influencer/outreach/bulk');
    await dialog.getByRole('button', { name: 'Send to 4 creators' }).click();
    expect((await bulk).postDataJSON()).toMatchObject({ campaignId, channel: 'email', templateId: expect.any(String) });
    await dialog.waitFor({ state: 'hidden' });

    // The report: 2 queued, the other 2 skipped and named under their reasons; progress for the queued.
    const report = page.getByRole('region', { name: 'Bulk send' });
    await report.getByText('Queued 2 of 4 creators; 2 skipped.').waitFor();
    await report.getByText('On your do-not-contact list: 1').click();
    await report.getByText('@opted.out (instagram)').waitFor();
    await report.getByText('No email address: 1').click();
    await report.getByText('@no.mail (instagram)').waitFor();
    await report.getByRole('progressbar', { name: 'Bulk send progress' }).waitFor();
    await page.getByText('Select members to send to several at once.').waitFor();
    await report.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('outreach-bulk.png') });

    // "View outreach" lists exactly this bulk send's messages.
    await report.getByRole('link', { name: 'View outreach' }).click();
    await page.waitForURL(/\/outreach\?bulkId=[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'One bulk send' }).waitFor();
    await page.getByRole('row').filter({ hasText: '@jonas.lifts' }).waitFor();
    await page.getByRole('row').filter({ hasText: '@lena.trails' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: '@maya.runs' }).count()).toBe(0);
    await page.screenshot({ path: shotPath('outreach-list.png') });
    expect(pageErrors).toEqual([]);
  });
});
