/**
 * Every main screen of the SPA checked with axe-core (WCAG 2.1 A and AA rules) in headless Chromium:
 * no serious or critical violations on sign-in, registration, campaigns, the wizard, a campaign,
 * influencers, the send dialog, outreach, the inbox (empty, unmatched mail, the notifications panel),
 * templates, the template editor and settings. The inbox with a conversation open is audited in inbox.e2e-spec.ts.
 */
import { axeViolations as violations, browserSuite, sessionToken } from './browser-harness';

describe('accessibility (axe-core)', () => {
  const suite = browserSuite();

  it('has no serious or critical WCAG 2.1 AA violations on the main screens', async () => {
    const { t, base, page, pageErrors } = suite;
    const problems: string[] = [];
    const audit = async (name: string) => problems.push(...(await violations(page)).map((v) => `${name}: ${v}`));

    await page.goto(`${base}/login`);
    await page.getByRole('button', { name: /sign in/i }).waitFor();
    await audit('login');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Store name').waitFor();
    await audit('register');
    await page.getByLabel('Store name').fill('Trailhead Outfitters');
    await page.getByLabel('Email').fill(`a11y-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('correct-horse-battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/campaigns$/);
    await page.getByRole('heading', { name: 'No campaigns yet' }).waitFor();
    await audit('campaigns (empty)');

    const token = await sessionToken(page);
    const auth = { Authorization: `Bearer ${token}` };
    await t.http.post('/api/influencers').set(auth).send({ username: 'maya.runs', platform: 'instagram', displayName: 'Maya Lopez', followersCount: 48200, engagementRate: 4.2, niche: ['fitness'] }).expect(201);
    const campaign = (await t.http.post('/api/influencer/outreach/campaigns').set(auth).send({ name: 'Spring trail launch', objective: 'awareness', budget: '5000.00', deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }], targetTiers: ['micro'] }).expect(201)).body.data.id;

    await page.goto(`${base}/campaigns`);
    await page.getByRole('article').first().waitFor();
    await audit('campaigns');
    await page.goto(`${base}/campaigns/new`);
    await page.getByLabel('Campaign name').waitFor();
    await audit('wizard');
    await page.goto(`${base}/campaigns/${campaign}`);
    await page.getByRole('heading', { name: 'Spring trail launch', level: 1 }).waitFor();
    await audit('campaign detail');
    await page.goto(`${base}/influencers`);
    await page.getByText('@maya.runs').first().waitFor();
    await audit('influencers');
    await page.getByRole('button', { name: 'Send a message to @maya.runs (instagram)' }).click();
    await page.getByRole('dialog', { name: 'Send a message' }).getByRole('region', { name: 'Message preview' }).waitFor();
    await audit('send dialog');
    await page.goto(`${base}/outreach`);
    await page.getByRole('heading', { name: 'No outreach yet' }).waitFor();
    await audit('outreach (empty)');
    await page.goto(`${base}/inbox`);
    await page.getByRole('heading', { name: 'No replies yet — they appear here the moment a creator answers' }).waitFor();
    await audit('inbox (empty)');
    await page.getByRole('button', { name: 'Notifications' }).click();
    await page.getByRole('region', { name: 'Notifications' }).getByText('No notifications yet', { exact: false }).waitFor();
    await audit('notifications panel');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Unmatched' }).click();
    await page.getByRole('heading', { name: 'No unmatched mail' }).waitFor();
    await audit('inbox (unmatched)');
    await page.goto(`${base}/templates`);
    await page.getByRole('link', { name: 'First email' }).first().waitFor();
    await audit('templates');
    await page.getByRole('link', { name: 'First email' }).first().click();
    await page.getByLabel('Body').waitFor();
    await audit('template editor');
    await page.goto(`${base}/settings`);
    await page.getByRole('heading', { name: 'Channels' }).waitFor();
    await audit('settings');

    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The audit itself can fail: a text field without a label is reported.
    await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend', '<input type="text" id="unlabelled-probe">')`);
    expect((await violations(page)).join('\n')).toMatch(/^label \(critical\)/m);
  });
});
