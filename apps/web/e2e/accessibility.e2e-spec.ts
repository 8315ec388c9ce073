/**
 * Every main screen of the SPA checked with axe-core (WCAG 2.1 A and AA rules) in headless Chromium:
 * no serious or critical violations on sign-in, registration, campaigns, the wizard, a campaign,
 * influencers, the send dialog, outreach, templates, the template editor and settings.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserSuite, sessionToken } from './browser-harness';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's source, evaluated through the DevTools protocol (our CSP rightly refuses inline script tags). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`)) as AxeViolation[];
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

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
