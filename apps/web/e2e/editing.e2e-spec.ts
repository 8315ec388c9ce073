/**
 * Editing in the SPA, in headless Chromium against the real API and database: an influencer from
 * the table's "Edit" action (the add form in edit mode) and a campaign from its detail page (the
 * wizard's steps on one page), each checked on screen and through the API. The records are
 * created through the API so this file tests only the editing.
 */
import type { Page, Request } from 'playwright-core';
import type { TestApp } from '../../api/test/harness';
import { browserSuite, shotPath, signUp } from './browser-harness';

/** The JSON body of the next PATCH to `path`, captured as the page sends it. */
const nextPatch = (page: Page, path: RegExp) =>
  page.waitForRequest((r: Request) => r.method() === 'PATCH' && path.test(new URL(r.url()).pathname)).then((r) => r.postDataJSON() as Record<string, unknown>);

describe('SPA editing in a real browser', () => {
  const suite = browserSuite();
  let token: string;
  /** A supertest request signed in as the store the browser registered. */
  const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    token = await signUp(suite.page, suite.base, 'Trailhead Outfitters', 'editing');
  });

  it('edits an influencer from the table, sending only the changed fields, and shows a duplicate as a form error', async () => {
    const { t, page, pageErrors } = suite;
    const maya = await auth(t.http.post('/api/influencers'))
      .send({
        username: 'maya.runs',
        platform: 'instagram',
        displayName: 'Maya',
        followersCount: 8200,
        engagementRate: 4.2,
        niche: ['fitness'],
        typicalRate: '350.00',
      })
      .expect(201);
    await auth(t.http.post('/api/influencers'))
      .send({ username: 'jonas.lifts', platform: 'tiktok', followersCount: 27000, engagementRate: 5.1, niche: ['fitness'] })
      .expect(201);
    const id = maya.body.data.id as string;
    expect(maya.body.data.tier).toBe('nano');

    await page.getByRole('link', { name: 'Influencers' }).click();
    const row = page.getByRole('row').filter({ hasText: '@maya.runs' });
    await row.getByText('nano').waitFor();

    await row.getByRole('button', { name: 'Edit @maya.runs (instagram)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit influencer' });
    // Prefilled from the saved influencer.
    expect(await dialog.getByLabel('Followers').inputValue()).toBe('8200');
    expect(await dialog.getByLabel('Display name').inputValue()).toBe('Maya');
    expect(await dialog.getByLabel('Typical rate').inputValue()).toBe('350.00');
    await dialog.getByLabel('Followers').fill('150000');
    await dialog.getByLabel('Display name').fill('Maya Lopez');
    await page.screenshot({ path: shotPath('influencer-edit.png') });
    const sent = nextPatch(page, new RegExp(`/api/influencers/${id}$`));
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    expect(await sent).toEqual({ followersCount: 150000, displayName: 'Maya Lopez' });
    await dialog.waitFor({ state: 'hidden' });

    // The table refetched: the new name and the tier derived from the new follower count.
    await row.getByText('macro').waitFor();
    await row.getByRole('cell', { name: 'Maya Lopez' }).waitFor();
    const got = await auth(t.http.get(`/api/influencers/${id}`)).expect(200);
    expect(got.body.data).toMatchObject({ username: 'maya.runs', displayName: 'Maya Lopez', followersCount: 150000, tier: 'macro', typicalRate: '350.00' });

    // Renaming Jonas to an existing handle is a 409, shown above the form; nothing changes.
    await page.getByRole('button', { name: 'Edit @jonas.lifts (tiktok)' }).click();
    await dialog.getByLabel('Username').fill('maya.runs');
    await dialog.getByLabel('Platform', { exact: true }).selectOption('instagram');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByRole('alert').getByText('@maya.runs on instagram is already in your list').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: '@jonas.lifts' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('edits a campaign from its detail page: 422s inline, then name, budget and send window saved and shown', async () => {
    const { t, base, page, pageErrors } = suite;
    const created = await auth(t.http.post('/api/influencer/outreach/campaigns'))
      .send({
        name: 'Spring trail launch',
        description: 'Launch of the Ridge 2 trail shoe.',
        objective: 'awareness',
        budget: '5000.00',
        deliverables: [{ type: 'reel', platform: 'instagram', quantity: 3 }],
        targetTiers: ['micro'],
        targetNiches: ['fitness'],
      })
      .expect(201);
    const id = created.body.data.id as string;

    // A fresh load: the SPA's cached list predates the campaign, which was made outside it.
    await page.goto(`${base}/campaigns`);
    await page.getByRole('link', { name: 'Spring trail launch' }).click();
    await page.getByRole('heading', { name: 'Spring trail launch', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Edit campaign' }).click();
    await page.waitForURL(new RegExp(`/campaigns/${id}/edit$`));
    await page.getByRole('heading', { name: 'Edit campaign', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Edit campaign' });

    // Prefilled from the saved campaign.
    expect(await form.getByLabel('Campaign name').inputValue()).toBe('Spring trail launch');
    expect(await form.getByLabel('Budget', { exact: true }).inputValue()).toBe('5000.00');
    expect(await form.getByRole('radio', { name: /Awareness/ }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: /Micro/i }).isChecked()).toBe(true);
    expect(await form.getByRole('group', { name: 'Deliverable 1' }).getByLabel('Type').inputValue()).toBe('reel');
    expect(await form.getByRole('checkbox', { name: 'Only send during set hours' }).isChecked()).toBe(false);

    // A name the client lets through but the API refuses (over 200 characters): its 422 lands on the field.
    await form.getByLabel('Campaign name').fill('x'.repeat(201));
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText(/name must be shorter than or equal to 200 characters/).waitFor();
    expect(await form.getByLabel('Campaign name').getAttribute('aria-invalid')).toBe('true');

    // Client checks on the send window: equal hours and no day.
    await form.getByLabel('Campaign name').fill('Summer trail launch');
    await form.getByLabel('Budget', { exact: true }).fill('7500.5');
    await form.getByRole('checkbox', { name: 'Only send during set hours' }).check();
    await form.getByLabel('Start hour').selectOption('22');
    await form.getByLabel('End hour').selectOption('22');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await form.getByRole('checkbox', { name: day }).uncheck();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Choose an end hour different from the start hour.').waitFor();
    await form.getByText('Choose at least one day.').waitFor();

    // 22:00–06:00 wraps past midnight, Friday and Saturday nights.
    await form.getByLabel('End hour').selectOption('6');
    await form.getByText('Runs overnight: from 22:00 until 06:00 the next day.').waitFor();
    await form.getByRole('checkbox', { name: 'Friday' }).check();
    await form.getByRole('checkbox', { name: 'Saturday' }).check();
    await page.screenshot({ path: shotPath('campaign-edit.png') });
    const sent = nextPatch(page, new RegExp(`/api/influencer/outreach/campaigns/${id}$`));
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect(await sent).toEqual({ name: 'Summer trail launch', budget: '7500.50', sendWindow: { startHour: 22, endHour: 6, days: ['fri', 'sat'] } });

    // Back on the detail page with the saved values.
    await page.waitForURL(new RegExp(`/campaigns/${id}$`));
    await page.getByRole('heading', { name: 'Summer trail launch', level: 1 }).waitFor();
    await page.getByText('7,500.50').first().waitFor();
    await page.getByText('22:00–06:00 (overnight), Fri, Sat').waitFor();

    const res = await auth(t.http.get(`/api/influencer/outreach/campaigns/${id}`)).expect(200);
    expect(res.body.data).toMatchObject({
      name: 'Summer trail launch',
      budget: '7500.50',
      sendWindow: { startHour: 22, endHour: 6, days: ['fri', 'sat'] },
      // Untouched fields keep their values.
      description: 'Launch of the Ridge 2 trail shoe.',
      targetTiers: ['micro'],
      deliverables: [{ type: 'reel', platform: 'instagram', quantity: 3 }],
    });

    // The list was invalidated too.
    await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
    const card = page.getByRole('article').filter({ hasText: 'Summer trail launch' });
    await card.getByText('7,500.50').first().waitFor();
    expect(pageErrors).toEqual([]);
  });
});
