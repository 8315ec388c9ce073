/**
 * Follow-ups in the SPA, in headless Chromium against the real API, database and a local SMTP
 * server: a campaign's follow-up settings (days, a template per step, who writes the others, the
 * quiet period before "no response") set in the edit form and read back through the API; then a
 * first email sent from the influencers table, whose thread shows the planned follow-ups with their
 * dates and writers, follow-ups paused (nothing planned, "paused by hand") and resumed (planned
 * again), and a follow-up sent now with a message of one's own: a toast, the message in the thread
 * and at the SMTP peer. Last, the periodic jobs in Settings → Operations. The records the page does
 * not create are created through the API. UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import type { FollowUpPlanDto, OutreachDetailDto, PeriodicJobDto } from '@parley/shared-types';
import type { Page, Request } from 'playwright-core';
import type { TestApp } from '../../api/test/harness';
import { smtpBrowserSuite, shotPath, signUp } from './browser-harness';
import { until } from '../../api/test/until';

const TEMPLATES = '/api/influencer/outreach/templates';
const CAMPAIGNS = '/api/influencer/outreach/campaigns';
const MAYA_EMAIL = 'maya@creators.example.com';

/** The JSON body of the next `method` request to `path`, captured as the page sends it. */
const nextRequest = (page: Page, method: string, path: RegExp) =>
  page
    .waitForRequest((r: Request) => r.method() === method && path.test(new URL(r.url()).pathname))
    .then((r) => r.postDataJSON() as Record<string, unknown> | null);

/** A moment as the SPA shows it (formatDateTime: the browser's locale and time zone), worked out in the page. */
const shownDateTime = (page: Page, iso: string) =>
  page.evaluate(`new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(${JSON.stringify(iso)}))`) as Promise<string>;

describe('SPA follow-ups in a real browser', () => {
  const suite = smtpBrowserSuite();

  let token: string;
  let campaignId: string;
  /** The store's own follow_up_1 template, chosen for the first follow-up. */
  let nudgeId: string;
  /** A supertest request signed in as the store the browser registered. */
  const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);
  const outreach = async (id: string): Promise<OutreachDetailDto> => (await auth(suite.t.http.get(`/api/influencer/outreach/${id}`)).expect(200)).body.data;

  beforeAll(async () => {
    const { t, page } = suite;
    token = await signUp(page, suite.base, 'Trailhead Outfitters', 'followups');
    await auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA', senderName: 'Sam' }).expect(200);
    await auth(t.http.put('/api/channels/email')).send({ fromName: 'Sam from Trailhead', fromEmail: 'sam@trailhead.example.com' }).expect(200);
    nudgeId = (
      await auth(t.http.post(TEMPLATES))
        .send({
          name: 'Gentle nudge',
          channel: 'email',
          templateType: 'follow_up_1',
          subject: 'Quick follow-up on {{campaign_name}}',
          body: 'Hi {{influencer_name}}, did my note reach you?',
        })
        .expect(201)
    ).body.data.id as string;
    await auth(t.http.post('/api/influencers'))
      .send({
        username: 'maya.runs',
        platform: 'instagram',
        displayName: 'Maya Lopez',
        email: MAYA_EMAIL,
        followersCount: 48200,
        engagementRate: 4.2,
        niche: ['running'],
      })
      .expect(201);
    campaignId = (
      await auth(t.http.post(CAMPAIGNS))
        .send({
          name: 'Spring trail launch',
          objective: 'awareness',
          budget: '5000.00',
          deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }],
          targetTiers: ['micro'],
        })
        .expect(201)
    ).body.data.id as string;
    await auth(t.http.post(`${CAMPAIGNS}/${campaignId}/status`))
      .send({ status: 'active' })
      .expect(200);
  });

  it('sets follow-up days, a template per step, the writer and the quiet period in the edit form, and shows them saved', async () => {
    const { t, base, page, pageErrors } = suite;
    // A fresh load: the campaign was made outside the page.
    await page.goto(`${base}/campaigns/${campaignId}/edit`);
    await page.getByRole('heading', { name: 'Edit campaign', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Edit campaign' });
    const followUps = form.getByRole('region', { name: 'Follow-ups', exact: true });

    // Prefilled with the API's defaults: three follow-ups, each on the default, written from templates, 7 quiet days.
    expect(await followUps.getByLabel('Follow-up days', { exact: true }).inputValue()).toBe('3, 7, 14');
    expect(await followUps.getByRole('combobox', { name: /^Follow-up 1\b/ }).inputValue()).toBe('');
    expect(await followUps.getByRole('radio', { name: /Your default templates/ }).isChecked()).toBe(true);
    expect(await followUps.getByLabel('No response after (days of quiet)').inputValue()).toBe('7');

    // Two follow-ups now: the selects follow the days typed.
    await followUps.getByLabel('Follow-up days', { exact: true }).fill('2, 5');
    await followUps.getByRole('combobox', { name: /^Follow-up 2 · day 5$/ }).waitFor();
    expect(await followUps.getByRole('combobox', { name: /^Follow-up 3\b/ }).count()).toBe(0);
    // The store's follow-up templates are offered once loaded.
    const first = followUps.getByRole('combobox', { name: /^Follow-up 1 · day 2$/ });
    await first.locator(`option[value="${nudgeId}"]`).waitFor({ state: 'attached' });
    await first.selectOption({ label: 'Gentle nudge' });
    await followUps.getByRole('radio', { name: /The AI writer/ }).check();

    // The quiet period is checked before anything is sent.
    await followUps.getByLabel('No response after (days of quiet)').fill('0');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await followUps.getByText('Enter a whole number of days from 1 to 90.').waitFor();
    expect(await followUps.getByLabel('No response after (days of quiet)').getAttribute('aria-invalid')).toBe('true');
    await followUps.getByLabel('No response after (days of quiet)').fill('10');
    await followUps.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('campaign-follow-ups.png') });

    // Only what changed goes out.
    const sent = nextRequest(page, 'PATCH', new RegExp(`${CAMPAIGNS}/${campaignId}$`));
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect(await sent).toEqual({ followUpDays: [2, 5], followUpTemplateIds: [nudgeId], followUpWriter: 'ai', noResponseAfterDays: 10 });

    // Back on the detail page: the settings among the campaign's facts.
    await page.waitForURL(new RegExp(`/campaigns/${campaignId}$`));
    const facts = page.getByRole('region', { name: 'Brief and targeting' });
    await facts.getByText('After 2, 5 days').waitFor();
    await facts.getByText('1: Gentle nudge · 2: Default').waitFor();
    await facts.getByText('The AI writer').waitFor();
    await facts.getByText('After 10 days of quiet following the last follow-up').waitFor();
    // The campaign is active: pausing and resuming say what happens to planned follow-ups.
    await page.getByText('Pausing clears the planned follow-ups; resuming plans them again.').waitFor();

    const saved = (await auth(t.http.get(`${CAMPAIGNS}/${campaignId}`)).expect(200)).body.data;
    expect(saved).toMatchObject({ followUpDays: [2, 5], followUpWriter: 'ai', noResponseAfterDays: 10 });
    // The second step is on the default, whether the API keeps a null for it or leaves it off.
    expect(saved.followUpTemplateIds).toEqual(saved.followUpTemplateIds.length === 1 ? [nudgeId] : [nudgeId, null]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the planned follow-ups of a sent email, pauses and resumes them, and sends one now with a toast', async () => {
    const { page, pageErrors } = suite;

    // The first email, from the influencers table, in the campaign.
    await page.getByRole('link', { name: 'Influencers', exact: true }).click();
    await page.waitForURL(/\/influencers$/);
    await page.getByRole('button', { name: 'Send a message to @maya.runs (instagram)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send a message' });
    await dialog.getByLabel('Template').locator('option:checked', { hasText: '(default)' }).waitFor({ state: 'attached' });
    await dialog.getByLabel('Campaign').selectOption({ label: 'Spring trail launch' });
    await dialog.getByRole('region', { name: 'Message preview' }).waitFor();
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog.getByText('Sent to the queue').waitFor();
    await dialog.getByRole('link', { name: 'View the thread' }).click();
    await page.waitForURL(/\/outreach\/[0-9a-f-]{36}$/);
    const outreachId = page.url().split('/').pop()!;
    await suite.smtp.waitFor((m) => m.envelope.rcptTo.includes(MAYA_EMAIL));

    // Once the first email is sent, the API plans both follow-ups; the thread refreshes itself until then.
    const planned = await until(
      () => outreach(outreachId),
      (o) => o.status === 'sent' && o.followUps.planned.length === 2,
    );
    const plan: FollowUpPlanDto = planned.followUps;
    expect(plan).toMatchObject({ steps: 2, sent: 0, paused: false, stoppedBecause: null });
    expect(plan.planned).toEqual([
      expect.objectContaining({ step: 1, templateId: nudgeId, templateName: 'Gentle nudge' }),
      // No template chosen and the AI writer picked: no template.
      expect.objectContaining({ step: 2, templateId: null }),
    ]);
    expect(plan.noResponseAt).toEqual(expect.any(String));

    // The thread stops refreshing itself once the email is sent; a fresh load shows the plan whether
    // it was worked out in the same write as the "sent" status or just after.
    await page.reload();
    const section = page.getByRole('region', { name: 'Follow-ups', exact: true });
    const sequence = section.getByRole('list', { name: 'Follow-up sequence' });
    const step = (n: number) => sequence.getByRole('listitem').filter({ hasText: `Follow-up ${n}` });
    await step(1).getByText('Planned').waitFor();
    await section.getByText('0 of 2 sent').waitFor();
    // Each planned follow-up at its time, in the browser's locale, with what writes it.
    for (const p of plan.planned) {
      const time = step(p.step).locator('time');
      expect(await time.getAttribute('datetime')).toBe(p.at);
      expect(await time.textContent()).toBe(await shownDateTime(page, p.at));
    }
    await step(1).getByText('Template: Gentle nudge').waitFor();
    await step(2).getByText('AI-written').waitFor();
    await section.getByText(`No response on ${await shownDateTime(page, plan.noResponseAt!)} if nobody answers.`).waitFor();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('outreach-follow-ups.png'), fullPage: true });

    // Pause: nothing planned, and the section says why.
    const paused = nextRequest(page, 'POST', new RegExp(`/api/influencer/outreach/${outreachId}/follow-ups/pause$`));
    await section.getByRole('button', { name: 'Pause follow-ups' }).click();
    await paused;
    await section.getByText('Paused', { exact: true }).waitFor();
    await section.getByText('No follow-up planned: paused by hand.').waitFor();
    expect(await section.getByText('Planned', { exact: true }).count()).toBe(0);
    await page.getByRole('region', { name: 'Timeline' }).getByText('Follow-ups paused').waitFor();
    expect(await outreach(outreachId)).toMatchObject({ followUpsPaused: true, followUps: { paused: true, planned: [] } });

    // Resume: planned again.
    const resumed = nextRequest(page, 'POST', new RegExp(`/api/influencer/outreach/${outreachId}/follow-ups/resume$`));
    await section.getByRole('button', { name: 'Resume follow-ups' }).click();
    await resumed;
    await step(1).getByText('Planned').waitFor();
    await step(2).getByText('Planned').waitFor();
    await section.getByRole('button', { name: 'Pause follow-ups' }).waitFor();
    expect(await section.getByText('Paused', { exact: true }).count()).toBe(0);
    await page.getByRole('region', { name: 'Timeline' }).getByText('Follow-ups resumed').waitFor();
    expect((await outreach(outreachId)).followUps).toMatchObject({ paused: false, stoppedBecause: null, planned: [{ step: 1 }, { step: 2 }] });

    // Send the first follow-up now, in words of one's own.
    const text = 'Hi Maya, just checking my note reached you. Happy to send the details of the Ridge 2 launch!';
    await section.getByLabel('Follow-up message (optional)').fill(text);
    const followUp = nextRequest(page, 'POST', new RegExp(`/api/influencer/outreach/${outreachId}/follow-up$`));
    await section.getByRole('button', { name: 'Send follow-up now' }).click();
    expect(await followUp).toEqual({ message: text });
    // The toast names the step when the API says which one went.
    await page
      .locator('.toast')
      .getByText(/^Follow-up (1 )?sent$/)
      .waitFor();
    expect(await section.getByLabel('Follow-up message (optional)').inputValue()).toBe('');

    // In the thread as follow-up 1, at the SMTP peer, and the sequence moves on to step 2.
    const message = page
      .getByRole('region', { name: 'Messages' })
      .getByRole('article')
      .filter({ hasText: `Follow-up 1 to ${MAYA_EMAIL}` });
    await message.locator('pre', { hasText: 'just checking my note reached you' }).waitFor();
    const mail = await suite.smtp.waitFor((m) => m.envelope.rcptTo.includes(MAYA_EMAIL) && String(m.parsed.text).includes('just checking my note reached you'));
    expect(mail.parsed.text).toContain('Ridge 2 launch');
    await section.getByText('1 of 2 sent').waitFor();
    await step(2).getByText('Planned').waitFor();
    expect(await step(1).getByText('Planned').count()).toBe(0);
    const after = await until(
      () => outreach(outreachId),
      (o) => o.followUps.sent === 1,
    );
    expect(after.thread.messages).toContainEqual(expect.objectContaining({ direction: 'out', kind: 'follow_up', followUpStep: 1 }));
    expect(after.followUps.planned).toEqual([expect.objectContaining({ step: 2 })]);
    expect(pageErrors).toEqual([]);
  });

  it('lists the periodic jobs in Settings → Operations with their last run', async () => {
    const { t, page, pageErrors } = suite;
    const jobs = (await t.http.get('/api/health')).body.data.periodicJobs as PeriodicJobDto[];
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.waitForURL(/\/settings$/);
    const panel = page.getByRole('region', { name: 'Periodic jobs' });
    if (!jobs.length) {
      await panel.getByRole('heading', { name: 'No periodic jobs reported' }).waitFor();
    } else {
      for (const job of jobs) {
        const row = panel.getByRole('row').filter({ hasText: job.name });
        await row.getByText(job.schedule, { exact: true }).waitFor();
        if (job.overdue) await row.getByText('Overdue').waitFor();
        if (job.lastError) await row.getByText('Last run failed').waitFor();
      }
    }
    expect(pageErrors).toEqual([]);
  });
});
