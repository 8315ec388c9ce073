/**
 * The SPA in headless Chromium against the real API and database: register, add creators, create a
 * campaign through the four-step wizard and find it in the list with its real figures.
 * UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import { browserSuite, sessionToken, shotPath } from './browser-harness';


describe('SPA in a real browser', () => {
  const suite = browserSuite();

  it('registers, imports creators, creates a campaign through the wizard and lists it with its real stats', async () => {
    const { t, base, page, pageErrors } = suite;
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Store name').fill('Trailhead Outfitters');
    await page.getByLabel('Email').fill(`browser-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();
    await page.getByLabel('Password').fill('correct-horse-battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/campaigns$/);
    await page.getByRole('heading', { name: 'No campaigns yet' }).waitFor();

    // Creators, so the campaign can suggest and hold members.
    await page.getByRole('link', { name: 'Influencers' }).click();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import influencers' });
    const csv = [
      'username,platform,displayName,followersCount,engagementRate,niche,typicalRate',
      'maya.runs,instagram,Maya Lopez,48200,4.2,fitness;running,350.00',
      'jonas.lifts,tiktok,Jonas Berg,27000,5.1,fitness,250.00',
      'bad.row,myspace,Nobody,100,1,fitness,',
    ].join('\n');
    await dialog.getByLabel('CSV file').setInputFiles({ name: 'creators.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await dialog.getByRole('button', { name: 'Upload' }).click();
    await dialog.getByText(/2 created/).waitFor();
    await dialog.getByRole('cell', { name: '4', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The wizard: basics → budget & deliverables → targeting → review.
    await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
    await page.getByRole('link', { name: 'New campaign' }).first().click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Give the campaign a name.').waitFor();
    await page.getByLabel('Campaign name').fill('Spring trail launch');
    await page.getByLabel('Description').fill('Launch of the Ridge 2 trail shoe with runners who race.');
    await page.getByRole('radio', { name: /Awareness/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
    await page.getByLabel('Budget').fill('5000');
    await page.getByRole('group', { name: 'Deliverable 1' }).getByLabel('Type').selectOption('reel');
    await page.getByRole('group', { name: 'Deliverable 1' }).getByLabel('Quantity').fill('3');
    await page.getByLabel('Start date').fill('2027-03-01');
    await page.getByLabel('End date').fill('2027-04-30');
    await page.screenshot({ path: shotPath('campaign-wizard.png') });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor();
    await page.getByRole('checkbox', { name: /Micro/i }).check();
    await page.getByLabel('Niches').fill('fitness');
    await page.getByLabel('Niches').press('Enter');
    await page.getByLabel('Minimum engagement (%)').fill('3');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: /Step 4 of 4/ }).waitFor();
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Spring trail launch', level: 1 }).waitFor();

    // Activate and add the suggested creators.
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.getByRole('button', { name: 'Add influencers' }).click();
    await page.getByRole('checkbox', { name: 'Select @maya.runs' }).check();
    await page.getByRole('checkbox', { name: 'Select @jonas.lifts' }).check();
    await page.getByRole('button', { name: /Add 2 selected/ }).click();
    await page.getByRole('heading', { name: 'Influencers (2)' }).waitFor();
    const campaignId = page.url().split('/').pop()!;
    const token = await sessionToken(page);

    await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
    const card = page.getByRole('article').filter({ hasText: 'Spring trail launch' });
    await card.waitFor();
    await card.getByText(/active/i).first().waitFor();
    await card.getByText('5,000.00').first().waitFor();
    await page.screenshot({ path: shotPath('campaigns.png') });

    // What the page shows is what the API says.
    const res = await t.http.get(`/api/influencer/outreach/campaigns/${campaignId}`).set('Authorization', `Bearer ${token}`);
    expect(res.body.data).toMatchObject({ name: 'Spring trail launch', status: 'active', budget: '5000.00', targetTiers: ['micro'], targetNiches: ['fitness'] });
    expect(res.body.data.deliverables).toEqual([{ type: 'reel', platform: 'instagram', quantity: 3 }]);
    expect(res.body.data.influencerCount).toBe(2);
    expect(await card.innerText()).toContain('5,000.00');
    expect(pageErrors).toEqual([]);
  });
});
