/**
 * Rate cards and suggested rates in the SPA, in headless Chromium against the real API and database:
 * edit one tier's rates in Settings → Rate cards (an order the API refuses shown on its row, then
 * only the changed format sent and marked custom), reset to the defaults; then price a creator
 * created through the API from their edit dialog, the figures equal to what the API answers, and
 * repriced as the deliverables change. Both dialogs are audited with axe. UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import type { RateCardDto, SuggestedRateDto } from '@parley/shared-types';
import type { Locator, Page, Request } from 'playwright-core';
import type { TestApp } from '../../api/test/harness';
import { axeViolations, browserSuite, shotPath, signUp } from './browser-harness';

/** The JSON body of the next PUT to `path`, captured as the page sends it. */
const nextPut = (page: Page, path: RegExp) =>
  page.waitForRequest((r: Request) => r.method() === 'PUT' && path.test(new URL(r.url()).pathname)).then((r) => r.postDataJSON() as Record<string, unknown>);

/** An amount as the SPA shows it (the browser runs en-US): "1,560.00". */
const shown = (money: string) => Number(money).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('SPA rate cards and suggested rates in a real browser', () => {
  const suite = browserSuite();
  let token: string;
  /** A supertest request signed in as the store the browser registered. */
  const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);
  const rateCards = async () => (await auth(suite.t.http.get('/api/rate-cards')).expect(200)).body.data.rateCards as RateCardDto[];
  const card = (cards: RateCardDto[], platform: string, tier: string, type: string) =>
    cards.find((c) => c.platform === platform && c.tier === tier && c.deliverableType === type);

  beforeAll(async () => {
    token = await signUp(suite.page, suite.base, 'Trailhead Outfitters', 'rate-cards');
  });

  it('edits one tier’s rates in Settings (a 422 shown on its row), saves only the changed format as custom, and resets to the defaults', async () => {
    const { page, pageErrors } = suite;
    const defaults = await rateCards();
    expect(card(defaults, 'tiktok', 'micro', 'video')).toEqual({
      platform: 'tiktok',
      tier: 'micro',
      deliverableType: 'video',
      min: '200.00',
      typical: '400.00',
      max: '1000.00',
      custom: false,
    });

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings$/);
    const panel = page.getByRole('region', { name: 'Rate cards' });
    await panel.getByText('Parley’s defaults apply until you set your own', { exact: false }).waitFor();
    const platforms = panel.getByRole('group', { name: 'Platform' });
    expect(await platforms.getByRole('button', { name: 'Instagram' }).getAttribute('aria-pressed')).toBe('true');
    // Nothing of the store's own yet: nothing to reset.
    expect(await panel.getByRole('button', { name: 'Reset to defaults' }).count()).toBe(0);

    // TikTok's table: tiers as rows, formats as columns (post, story, reel, video, …), each cell typical, range and marker.
    await platforms.getByRole('button', { name: 'TikTok' }).click();
    expect(await platforms.getByRole('button', { name: 'TikTok' }).getAttribute('aria-pressed')).toBe('true');
    expect(await platforms.getByRole('button', { name: 'Instagram' }).getAttribute('aria-pressed')).toBe('false');
    const micro = panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /micro/ }) });
    const video = micro.getByRole('cell').nth(3);
    await video.getByText('400 typical').waitFor();
    expect(await video.textContent()).toBe('400 typical,from 200–1,000Default');

    await micro.getByRole('button', { name: 'Edit micro rates (TikTok)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit TikTok micro rates' });
    const videoRow = dialog.getByRole('group', { name: 'video' });
    expect(await videoRow.getByLabel('Min').inputValue()).toBe('200.00');
    expect(await videoRow.getByLabel('Typical').inputValue()).toBe('400.00');
    expect(await videoRow.getByLabel('Max').inputValue()).toBe('1000.00');

    // Typical below min: the API refuses the row it names, and the form shows that on the video row.
    await videoRow.getByLabel('Min').fill('300');
    await videoRow.getByLabel('Typical').fill('250');
    await videoRow.getByLabel('Max').fill('900');
    await dialog.getByRole('button', { name: 'Save rates' }).click();
    await videoRow.getByText('tiktok micro video: min ≤ typical ≤ max').waitFor();
    expect(await videoRow.getByLabel('Typical').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByRole('group', { name: 'post' }).getByLabel('Typical').getAttribute('aria-invalid')).toBe('false');
    expect(card(await rateCards(), 'tiktok', 'micro', 'video')).toMatchObject({ typical: '400.00', custom: false });

    // Fixed: only the changed format is sent, normalised, and the table shows it as custom.
    await videoRow.getByLabel('Typical').fill('600');
    expect(await videoRow.getByLabel('Typical').getAttribute('aria-invalid')).toBe('false');
    await page.screenshot({ path: shotPath('rate-card-edit.png') });
    expect(await axeViolations(page)).toEqual([]);
    const sent = nextPut(page, /\/api\/rate-cards$/);
    await dialog.getByRole('button', { name: 'Save rates' }).click();
    expect(await sent).toEqual({
      rateCards: [{ platform: 'tiktok', tier: 'micro', deliverableType: 'video', min: '300.00', typical: '600.00', max: '900.00' }],
    });
    await dialog.waitFor({ state: 'hidden' });
    await panel.getByText('Saved the TikTok micro rates (1 format).').waitFor();
    await video.getByText('600 typical').waitFor();
    expect(await video.textContent()).toBe('600 typical,from 300–900Custom');
    expect(await micro.getByRole('cell').nth(0).textContent()).toContain('Default');

    const saved = await rateCards();
    expect(card(saved, 'tiktok', 'micro', 'video')).toEqual({
      platform: 'tiktok',
      tier: 'micro',
      deliverableType: 'video',
      min: '300.00',
      typical: '600.00',
      max: '900.00',
      custom: true,
    });
    expect(saved.filter((c) => c.custom)).toHaveLength(1);
    await page.evaluate("document.getElementById('rate-cards-title').scrollIntoView()");
    await page.screenshot({ path: shotPath('settings-rate-cards.png') });
    expect(await axeViolations(page)).toEqual([]);

    // Reset, after a confirm: back to the defaults on screen and in the API.
    await panel.getByRole('button', { name: 'Reset to defaults' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset rate cards to the defaults?' });
    await confirm.getByText('Your own figures (1 rate, across every platform)', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Reset to defaults' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await panel.getByText('Back to Parley’s default rates.').waitFor();
    await video.getByText('400 typical').waitFor();
    expect(await video.textContent()).toBe('400 typical,from 200–1,000Default');
    expect(await panel.getByRole('button', { name: 'Reset to defaults' }).count()).toBe(0);
    expect(await rateCards()).toEqual(defaults);
    expect(pageErrors).toEqual([]);
  });

  it('shows an influencer’s suggested rate in their edit dialog, equal to the API’s, and reprices it as the deliverables change', async () => {
    const { t, page, pageErrors } = suite;
    const maya = await auth(t.http.post('/api/influencers'))
      .send({
        username: 'maya.runs',
        platform: 'instagram',
        displayName: 'Maya Lopez',
        followersCount: 48200,
        engagementRate: 3.6,
        niche: ['running'],
        typicalRate: '450.00',
      })
      .expect(201);
    const id = maya.body.data.id as string;
    const suggested = async (deliverables?: { type: string; platform: string; quantity: number }[]) => {
      const request = t.http.get(`/api/influencers/${id}/suggested-rate`);
      return (await auth(deliverables ? request.query({ deliverables: JSON.stringify(deliverables) }) : request).expect(200)).body.data as SuggestedRateDto;
    };

    /** Waits until the card shows `rate` (its announced summary), then checks the three figures and the basis. */
    const expectShown = async (section: Locator, rate: SuggestedRateDto) => {
      await section.getByText(`Suggested ${shown(rate.typical)} typical, from ${shown(rate.low)} to ${shown(rate.high)}.`).waitFor({ state: 'attached' });
      expect(await section.getByLabel('Suggested rate figures').textContent()).toBe(
        `Low${shown(rate.low)}Typical${shown(rate.typical)}High${shown(rate.high)}`,
      );
      await section.getByText(rate.basis, { exact: true }).waitFor();
    };

    await page.getByRole('link', { name: 'Influencers' }).click();
    await page.waitForURL(/\/influencers$/);
    await page.getByRole('button', { name: 'Edit @maya.runs (instagram)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit influencer' });
    const section = dialog.getByRole('region', { name: 'Suggested rate', exact: true });

    // Without a choice: one piece of the creator's main format, as the API prices it by default.
    const one = await suggested();
    expect(one).toMatchObject({ tier: 'micro', items: [{ type: 'post', platform: 'instagram', quantity: 1 }] });
    await expectShown(section, one);
    const first = section.getByRole('group', { name: 'Deliverable 1' });
    expect(await first.getByLabel('Format').inputValue()).toBe('post');
    expect(await first.getByLabel('Posted on').inputValue()).toBe('instagram');
    expect(await first.getByLabel('Quantity').inputValue()).toBe('1');
    await section.getByText('450.00 per deliverable', { exact: false }).waitFor();

    // Two reels: repriced as the choice changes.
    await first.getByLabel('Format').selectOption('reel');
    await first.getByLabel('Quantity').fill('2');
    const reels = await suggested([{ type: 'reel', platform: 'instagram', quantity: 2 }]);
    expect(reels.typical).not.toBe(one.typical);
    await expectShown(section, reels);

    // Plus a TikTok story: the total and a line per deliverable.
    await section.getByRole('button', { name: 'Add deliverable' }).click();
    const second = section.getByRole('group', { name: 'Deliverable 2' });
    await second.getByLabel('Format').selectOption('story');
    await second.getByLabel('Posted on').selectOption('tiktok');
    const both = await suggested([
      { type: 'reel', platform: 'instagram', quantity: 2 },
      { type: 'story', platform: 'tiktok', quantity: 1 },
    ]);
    await expectShown(section, both);
    const lines = section.getByRole('table', { name: 'Suggested rate per deliverable' });
    expect(await lines.getByRole('row').filter({ hasText: '1 × TikTok story' }).getByRole('cell').nth(1).textContent()).toBe(shown(both.items[1].typical));
    await lines.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('influencer-suggested-rate.png') });
    expect(await axeViolations(page)).toEqual([]);

    // A quantity the API would refuse is not sent: the last figures stay.
    await second.getByLabel('Quantity').fill('0');
    await second.getByText('Enter a whole number from 1 to 100.').waitFor();
    expect(await section.getByLabel('Suggested rate figures').textContent()).toBe(`Low${shown(both.low)}Typical${shown(both.typical)}High${shown(both.high)}`);

    // Back to one deliverable.
    await section.getByRole('button', { name: 'Remove deliverable 2' }).click();
    await expectShown(section, reels);
    expect(pageErrors).toEqual([]);
  });
});
