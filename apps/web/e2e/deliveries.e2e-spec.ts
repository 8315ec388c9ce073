/**
 * Deliveries and campaign performance in the SPA, in headless Chromium against the real API,
 * database and a local SMTP server. Set up through the API: a campaign with a budget of 2000.00 and
 * two signed contracts (each sent, its signing link read from the email and signed on the public
 * endpoint), so the deliveries exist: Maya promises 2 reels (spread over the period) and a story
 * due before today (overdue), Jonas one post; figures are entered through the API for one reel.
 * Jonas's display name holds a comma, quotes and a leading "=", for the CSV's quoting and its
 * formula guard.
 * In the SPA: the board moves a reel pending → submitted (a dialog asks for the link) → approved
 * (by keyboard, focus following the card) → published by buttons; an illegal key shows the API's
 * 409; the other reel is submitted by keyboard and rejected with a reason. The delivery page shows
 * the content, the timeline, the brief check with its "aid, not legal advice" notice, the brief, the
 * platform label, and takes figures in its form (the API's 422 beside the field, then the history).
 * The campaign dashboard's funnel, table and charts follow the moves and the figures; the table
 * sorts by CPE (on the API) and exports the API's CSV. Then the import of figures from a CSV, the creator's delivery link
 * from the contract page, and the creator's page without an account.
 * UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import type { CampaignPerformanceDto, DeliveryDetailDto, DeliveryDto } from '@parley/shared-types';
import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import type { TestApp } from '../../api/test/harness';
import { axeViolations, shotPath, signUp, smtpBrowserSuite } from './browser-harness';
import { activeCampaign, C, createInfluencer, nextRequest, nextResponse, OUT, sendForSignature, setUpSender } from './contract-flows';

const D = `${OUT}/deliveries`;
/** What the API puts in front of its links; the test app itself listens on `suite.base`. */
const PUBLIC_URL = 'https://parley.test.example';
const JONAS = '=Jonas "JB" Berg, Coach';

/** The texts of a table's body rows, one string per row (cells joined by "|"). */
const rowTexts = async (table: Locator): Promise<string[]> =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        Array.from((r as unknown as { children: ArrayLike<{ textContent: string | null }> }).children, (c) => (c.textContent ?? '').trim()).join('|'),
      ),
    );

describe('SPA deliveries and campaign performance in a real browser', () => {
  const suite = smtpBrowserSuite({ PUBLIC_URL });

  let token: string;
  let campaignId: string;
  let mayaId: string;
  let jonasId: string;
  let mayaContract: string;
  let story: DeliveryDto;
  let reel1: DeliveryDto;
  let reel2: DeliveryDto;
  let jonasPost: DeliveryDto;
  /** The token of the creator's delivery link, from the contract page. */
  let deliveryLink: string;

  const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);
  const deliveriesOf = async (contractId: string): Promise<DeliveryDto[]> =>
    (await auth(suite.t.http.get(`${C}/${contractId}/deliveries`)).expect(200)).body.data.deliveries;
  const delivery = async (id: string): Promise<DeliveryDetailDto> => (await auth(suite.t.http.get(`${D}/${id}`)).expect(200)).body.data;
  const performance = async (): Promise<CampaignPerformanceDto> =>
    (await auth(suite.t.http.get(`${OUT}/campaigns/${campaignId}/performance`)).expect(200)).body.data;
  const influencer = (username: string, displayName: string, email: string) => createInfluencer(suite.t, auth, username, displayName, email);

  /** A contract written, sent, and signed by the creator through the link in the email. */
  const signedContract = async (influencerId: string, email: string, terms: Record<string, unknown>): Promise<string> => {
    const { t } = suite;
    const id = (
      await auth(t.http.post(C))
        .send({
          campaignId,
          influencerId,
          compensationType: 'flat_fee',
          startDate: '2026-12-01T00:00:00.000Z',
          endDate: '2027-03-31T00:00:00.000Z',
          contentGuidelines: 'Show the TrailGrip on a muddy trail.',
          mustInclude: ['#TrailheadPartner', '@trailhead.running'],
          mustAvoid: ['Competitor brands'],
          ...terms,
        })
        .expect(201)
    ).body.data.id as string;
    const signingToken = await sendForSignature(t, auth, suite.smtp, PUBLIC_URL, id, email);
    await t.http.post(`/api/public/contracts/${signingToken}/sign`).send({ signerName: 'Signer', accept: true }).expect(200);
    return id;
  };

  /** The name the board gives a card (and its buttons act on), with the date as the browser formats it. */
  const titleOf = async (d: DeliveryDto, name = 'Maya Lopez'): Promise<string> => {
    const due = (await suite.page.evaluate(
      `new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(${JSON.stringify(d.dueDate)}))`,
    )) as string;
    return `${name}’s Instagram ${d.type}, due ${due}`;
  };
  const column = (status: string) => suite.page.locator(`section.board-column--${status}`);
  const card = (status: string, title: string) => column(status).getByRole('article', { name: title, exact: true });
  /** Waits until the focused element is the card named `title`, in the column of `status` (polled: the CSP refuses waitForFunction's eval). */
  const focusOn = async (title: string, status: string) => {
    const check = `(() => { const el = document.activeElement; return !!el && el.getAttribute('aria-label') === ${JSON.stringify(title)} && !!el.closest('.board-column--${status}'); })()`;
    for (let i = 0; i < 50; i++) {
      if (await suite.page.evaluate(check)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `focus is not on “${title}” in ${status}: ${String(await suite.page.evaluate('document.activeElement && document.activeElement.outerHTML.slice(0, 200)'))}`,
    );
  };

  beforeAll(async () => {
    const { t, page } = suite;
    token = await signUp(page, suite.base, 'Trailhead Outfitters', 'deliveries');
    await setUpSender(t, auth);
    campaignId = await activeCampaign(t, auth, { budget: '2000.00', reels: 2, startDate: '2026-11-01T00:00:00.000Z', endDate: '2027-04-30T00:00:00.000Z' });
    mayaId = await influencer('maya.runs', 'Maya Lopez', 'maya@creators.example.com');
    jonasId = await influencer('jonas.lifts', JONAS, 'jonas@creators.example.com');

    mayaContract = await signedContract(mayaId, 'maya@creators.example.com', {
      compensation: '600.00',
      deliverables: [
        { type: 'reel', platform: 'instagram', quantity: 2 },
        // Due before today: overdue from the start.
        { type: 'story', platform: 'instagram', quantity: 1, dueDate: '2026-11-20T00:00:00.000Z' },
      ],
    });
    const jonasContract = await signedContract(jonasId, 'jonas@creators.example.com', {
      compensation: '400.00',
      deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }],
    });
    [jonasPost] = await deliveriesOf(jonasContract);

    const rows = await deliveriesOf(mayaContract);
    expect(rows).toHaveLength(3);
    story = rows.find((d) => d.type === 'story')!;
    [reel1, reel2] = rows.filter((d) => d.type === 'reel').sort((a, b) => a.dueDate!.localeCompare(b.dueDate!));
    expect(story.overdue).toBe(true);
    expect(reel1.dueDate).not.toBe(reel2.dueDate);
    // Figures typed in through the API for the second reel.
    await auth(t.http.patch(`${D}/${reel2.id}`))
      .send({ views: 1000, likes: 50, comments: 5, shares: 5, clicks: 10 })
      .expect(200);
  });

  it('moves deliveries across the board by buttons and by keys; dialogs ask for what is missing; an illegal move shows the API’s 409', async () => {
    const { base, page, pageErrors } = suite;
    const [storyTitle, reel1Title, reel2Title] = [await titleOf(story), await titleOf(reel1), await titleOf(reel2)];

    // From the campaign page: nothing published yet.
    await page.goto(`${base}/campaigns/${campaignId}`);
    await page.getByRole('heading', { name: 'Spring trail launch', level: 1 }).waitFor();
    const funnel = page.getByRole('figure', { name: 'Funnel' });
    await funnel.getByRole('row', { name: 'Published 0' }).waitFor({ state: 'attached' });
    // Only the Contracted bar so far (a bar of 0 has no label).
    await funnel.locator('svg text.chart__label').first().waitFor();
    expect(await funnel.locator('svg text.chart__label').allTextContents()).toEqual(['2']);
    await page.getByRole('link', { name: 'Deliveries', exact: true }).click();
    await page.waitForURL(new RegExp(`/campaigns/${campaignId}/deliveries$`));
    await page.getByRole('heading', { name: 'Deliveries · Spring trail launch', level: 1 }).waitFor();

    // Four pending, soonest due first; the story is overdue; the keys are explained on the page.
    await page.getByRole('heading', { name: 'Pending 4' }).waitFor();
    await page.getByRole('heading', { name: 'Submitted 0' }).waitFor();
    const pending = (await column('pending')
      .getByRole('article')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')))) as string[];
    // Jonas's post and the second reel are both due on the last day of the period, in either order.
    expect(pending.slice(0, 2)).toEqual([storyTitle, reel1Title]);
    expect([...pending].sort()).toEqual([storyTitle, reel1Title, reel2Title, await titleOf(jonasPost, JONAS)].sort());
    await card('pending', storyTitle).getByText('Overdue', { exact: true }).waitFor();
    expect(await card('pending', reel1Title).getByText('Overdue', { exact: true }).count()).toBe(0);
    await page.getByText('Keyboard: Tab to a card, then S submit, A approve, R reject, P publish, Enter open.').waitFor();

    // Submit by its button: the reel has no link yet, so a dialog asks for it.
    await page.getByRole('button', { name: `Submit: ${reel1Title}` }).click();
    const submitDialog = page.getByRole('dialog', { name: 'Submit for review' });
    await submitDialog.getByRole('button', { name: 'Submit', exact: true }).click();
    await submitDialog.getByText('Enter the link to the draft or post, or its caption.').waitFor();
    await submitDialog.getByLabel('Link to the draft or post').fill('https://www.instagram.com/reel/C9trail1/');
    await submitDialog.getByLabel('Caption').fill('Muddy miles in the TrailGrip #ad #TrailheadPartner @trailhead.running');
    const submitted = nextRequest(page, 'POST', new RegExp(`${D}/${reel1.id}/submit$`));
    await submitDialog.getByRole('button', { name: 'Submit', exact: true }).click();
    expect(await submitted).toEqual({
      contentUrl: 'https://www.instagram.com/reel/C9trail1/',
      caption: 'Muddy miles in the TrailGrip #ad #TrailheadPartner @trailhead.running',
    });
    await submitDialog.waitFor({ state: 'hidden' });
    const reel1Card = card('submitted', reel1Title);
    await reel1Card.getByText('Brief OK', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Pending 3' }).waitFor();

    // A key for a move the status does not allow: the API's 409, in its words.
    await reel1Card.focus();
    const refused = nextResponse(page, 'POST', new RegExp(`${D}/${reel1.id}/publish$`));
    await page.keyboard.press('p');
    expect((await refused).status()).toBe(409);
    const problem = page.getByRole('alert').filter({ hasText: 'Delivery cannot move from submitted to published' });
    await problem.waitFor();
    await problem.getByText(`Could not publish: ${reel1Title}`).waitFor();
    await problem.getByRole('button', { name: 'Dismiss' }).click();
    await problem.waitFor({ state: 'hidden' });

    // Approve by keyboard: the card lands in Approved and keeps the focus.
    await reel1Card.focus();
    const approved = nextResponse(page, 'POST', new RegExp(`${D}/${reel1.id}/approve$`));
    await page.keyboard.press('a');
    expect((await approved).status()).toBe(200);
    await card('approved', reel1Title).waitFor();
    await focusOn(reel1Title, 'approved');

    // Publish by its button: the link is there, so no dialog.
    const published = nextRequest(page, 'POST', new RegExp(`${D}/${reel1.id}/publish$`));
    await card('approved', reel1Title)
      .getByRole('button', { name: `Publish: ${reel1Title}` })
      .click();
    expect(await published).toEqual({});
    await card('published', reel1Title).waitFor();
    await page.getByRole('heading', { name: 'Published 1' }).waitFor();
    expect(await card('published', reel1Title).getByRole('button').count()).toBe(0);

    // The second reel: S opens the dialog (nothing to submit yet), then R asks for the reason.
    await card('pending', reel2Title).focus();
    await page.keyboard.press('s');
    await submitDialog.getByLabel('Link to the draft or post').fill('https://www.instagram.com/reel/C9trail2/');
    await submitDialog.getByLabel('Caption').fill('Loving these shoes');
    await submitDialog.getByRole('button', { name: 'Submit', exact: true }).click();
    await card('submitted', reel2Title)
      .getByText(/^Brief: \d+ problems?$/)
      .waitFor();
    await focusOn(reel2Title, 'submitted');
    await page.keyboard.press('r');
    const rejectDialog = page.getByRole('dialog', { name: 'Reject the delivery' });
    await rejectDialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await rejectDialog.getByText('Say what should change.').waitFor();
    await rejectDialog.getByLabel('Reason').fill('Add #ad and tag @trailhead.running, please.');
    const rejected = nextRequest(page, 'POST', new RegExp(`${D}/${reel2.id}/reject$`));
    await rejectDialog.getByRole('button', { name: 'Reject', exact: true }).click();
    expect(await rejected).toEqual({ reason: 'Add #ad and tag @trailhead.running, please.' });
    await card('rejected', reel2Title).getByText('“Add #ad and tag @trailhead.running, please.”').waitFor();

    // Cancelled ones only on request.
    expect(await column('cancelled').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Show cancelled' }).check();
    await page.getByRole('heading', { name: 'Cancelled 0' }).waitFor();

    expect((await delivery(reel1.id)).status).toBe('published');
    expect((await delivery(reel2.id)).status).toBe('rejected');
    await page.screenshot({ path: shotPath('deliveries-board.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows a delivery: content, timeline, the brief check with its notice, the brief and the platform label; figures typed in (the API’s 422 beside the field) land in the history', async () => {
    const { base, page, pageErrors } = suite;
    const reel1Title = await titleOf(reel1);
    await page.goto(`${base}/campaigns/${campaignId}/deliveries`);
    await card('published', reel1Title).getByRole('link', { name: 'Maya Lopez' }).click();
    await page.waitForURL(new RegExp(`/deliveries/${reel1.id}$`));
    await page.getByRole('heading', { name: 'Instagram reel by Maya Lopez', level: 1 }).waitFor();
    await page.locator('.page-header').getByText('Published', { exact: true }).waitFor();

    const content = page.getByRole('region', { name: 'Content' });
    expect(await content.getByRole('link', { name: 'https://www.instagram.com/reel/C9trail1/' }).getAttribute('href')).toBe(
      'https://www.instagram.com/reel/C9trail1/',
    );
    await content.getByText('Muddy miles in the TrailGrip #ad #TrailheadPartner @trailhead.running').waitFor();
    const timeline = page.getByRole('list', { name: 'Status timeline' });
    for (const step of ['Due', 'Submitted for review', 'Approved', 'Published']) await timeline.getByText(step, { exact: true }).waitFor();

    // The check as it ran on publishing, said plainly to be an aid.
    const check = page.getByRole('region', { name: 'Brief check' });
    await check.getByRole('note').getByText('This check is an aid, not legal advice.', { exact: false }).waitFor();
    await check.getByText(/Checked on publishing, .*: disclosure found/).waitFor();
    const findings = check.getByRole('list', { name: 'Findings' });
    const detail = await delivery(reel1.id);
    expect(detail.briefCheck).toMatchObject({ ok: true, at: 'publish' });
    expect(await findings.getByRole('listitem').count()).toBe(detail.briefCheck!.findings.length);
    await findings.getByText('#TrailheadPartner', { exact: true }).waitFor();
    const brief = page.getByRole('region', { name: 'Brief' });
    await brief.getByText('Show the TrailGrip on a muddy trail.').waitFor();
    await brief.getByRole('list', { name: 'Must include' }).getByText('@trailhead.running', { exact: true }).waitFor();
    await brief.getByRole('list', { name: 'Must avoid' }).getByText('Competitor brands', { exact: true }).waitFor();

    // The platform's own label, as the team saw it.
    const label = check.getByRole('checkbox', { name: 'The platform’s paid-partnership label is on the post' });
    expect(await label.isChecked()).toBe(false);
    const labelled = nextRequest(page, 'PATCH', new RegExp(`${D}/${reel1.id}$`));
    await label.check();
    expect(await labelled).toEqual({ platformLabel: true });
    await expect(label.isChecked()).resolves.toBe(true);

    // Figures: a negative count is the API's 422, shown beside its field; only what changed is sent.
    const figures = page.getByRole('region', { name: 'Figures' });
    await figures.getByText('No figures yet.').waitFor();
    await figures.getByText('No figures have changed yet.').waitFor();
    const form = figures.getByRole('form', { name: 'Figures' });
    for (const [field, value] of [
      ['Views', '2000'],
      ['Likes', '150'],
      ['Comments', '20'],
      ['Shares', '-5'],
      ['Clicks', '40'],
    ]) {
      await form.getByLabel(field, { exact: true }).fill(value);
    }
    const bad = nextResponse(page, 'PATCH', new RegExp(`${D}/${reel1.id}$`));
    await form.getByRole('button', { name: 'Save figures' }).click();
    expect((await bad).status()).toBe(422);
    await form.getByText('shares must be 0 or more').waitFor();
    expect(await form.getByLabel('Shares', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Shares', { exact: true }).fill('10');
    const saved = nextRequest(page, 'PATCH', new RegExp(`${D}/${reel1.id}$`));
    await form.getByRole('button', { name: 'Save figures' }).click();
    expect(await saved).toEqual({ views: 2000, likes: 150, comments: 20, shares: 10, clicks: 40 });
    await figures.getByText('Figures saved').waitFor();
    await figures.getByText('Figures typed in by your team.').waitFor();
    const history = figures.getByRole('table', { name: 'History of the figures' });
    await history.getByRole('row', { name: /^Views — → 2,000 .* Typed$/ }).waitFor();
    expect(await history.locator('tbody tr').count()).toBe(5);
    expect(await form.getByLabel('Views', { exact: true }).inputValue()).toBe('2000');
    expect(await delivery(reel1.id)).toMatchObject({
      views: 2000,
      likes: 150,
      comments: 20,
      shares: 10,
      clicks: 40,
      metricsSource: 'manual',
      platformLabel: true,
    });

    await page.screenshot({ path: shotPath('delivery-detail.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('the campaign dashboard follows the moves and the figures: funnel, spend against budget, engagements over time, the per-creator table sorted by CPE; Export CSV downloads it with the totals', async () => {
    const { base, page, pageErrors } = suite;
    const api = await performance();
    expect(api.totals).toMatchObject({
      spend: '1000.00',
      views: 3000,
      engagements: 240,
      engagementRate: '0.0800',
      clicks: 50,
      cpe: '4.17',
      cpm: '333.33',
      cpc: '20.00',
      published: 1,
      deliveries: 4,
    });

    await page.goto(`${base}/campaigns/${campaignId}`);
    const dashboard = page.getByRole('region', { name: 'Performance' });
    await dashboard.getByRole('heading', { name: 'Performance', level: 2 }).waitFor();
    const funnel = dashboard.getByRole('figure', { name: 'Funnel' });
    // The chart's own bar label and its figures table: one published now, two contracted.
    await funnel.getByRole('row', { name: 'Published 1' }).waitFor({ state: 'attached' });
    await funnel.getByRole('row', { name: 'Contracted 2' }).waitFor({ state: 'attached' });
    // The bars' own labels (a bar of 0 has none): the Published bar has appeared beside Contracted.
    await funnel.locator('svg text.chart__label').nth(1).waitFor();
    expect(await funnel.locator('svg text.chart__label').allTextContents()).toEqual(['2', '1']);

    const tiles = dashboard.getByRole('list', { name: 'Performance figures' }).or(dashboard.locator('dl[aria-label="Performance figures"]'));
    for (const [name, value] of [
      ['Spend', '1,000.00'],
      ['Views', '3,000'],
      ['Engagements', '240'],
      ['Clicks', '50'],
      ['CPE', '4.17'],
      ['CPM', '333.33'],
      ['CPC', '20.00'],
      ['Published', '1 of 4'],
    ]) {
      await tiles
        .locator('.stat-tile')
        .filter({ has: page.getByText(name, { exact: true }) })
        .getByText(value, { exact: true })
        .waitFor();
    }
    await tiles.getByText('rate 8%').waitFor();
    await dashboard.getByText('Figures: 2 typed, 0 imported.').waitFor();
    await dashboard.getByRole('link', { name: '1 overdue delivery' }).waitFor();
    await dashboard.getByRole('figure', { name: 'Spend against budget' }).getByText('1,000.00 of the budget not committed.').waitFor();
    const today = (await page.evaluate(
      `new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(${JSON.stringify(new Date().toISOString())}))`,
    )) as string;
    const overTime = dashboard.getByRole('figure', { name: 'Engagements over time' });
    await overTime.getByRole('row', { name: `${today} 180 2,000 1` }).waitFor({ state: 'attached' });
    expect(await overTime.locator('svg .recharts-bar-rectangle').count()).toBe(1);

    // Per creator, spend first (the API's default); "—" where there is nothing to divide by.
    const table = dashboard.getByRole('table', { name: /^Performance per creator/ });
    const creators = async () => (await rowTexts(table)).map((row) => row.split('|')[0]);
    await table.getByRole('row', { name: /Maya Lopez/ }).waitFor();
    expect(await creators()).toEqual(['Maya Lopez@maya.runs · Instagram', `${JONAS}@jonas.lifts · Instagram`]);
    expect((await rowTexts(table))[0].split('|')).toEqual([
      'Maya Lopez@maya.runs · Instagram',
      '3',
      '1',
      '600.00',
      '3,000',
      '240',
      '8%',
      '50',
      '2.50',
      '200.00',
      '12.00',
    ]);
    expect((await rowTexts(table))[1].split('|').slice(5)).toEqual(['0', '—', '0', '—', '—', '—']);
    expect(await table.locator('tfoot').textContent()).toContain('4.17');

    // Sorted by the API: CPE cheapest first, nulls last either way; then by name.
    const byCpe = nextResponse(page, 'GET', new RegExp(`${OUT}/campaigns/${campaignId}/performance$`));
    await table.getByRole('button', { name: 'CPE' }).click();
    expect(new URL((await byCpe).url()).searchParams.toString()).toBe('sort=cpe&order=asc');
    await table.getByRole('columnheader', { name: 'CPE' }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    expect(await creators()).toEqual(['Maya Lopez@maya.runs · Instagram', `${JONAS}@jonas.lifts · Instagram`]);
    await table.getByRole('button', { name: 'CPE' }).click();
    await table.getByRole('columnheader', { name: 'CPE' }).and(page.locator('[aria-sort="descending"]')).waitFor();
    expect(await creators()).toEqual(['Maya Lopez@maya.runs · Instagram', `${JONAS}@jonas.lifts · Instagram`]);
    await table.getByRole('button', { name: 'Creator' }).click();
    await table.getByRole('columnheader', { name: 'Creator' }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    await table.locator('tbody tr').first().getByText(JONAS, { exact: true }).waitFor();

    // The API's CSV of every creator in the order shown (Jonas first now), with the totals; quoting and the formula guard on the name.
    const csvAnswer = nextResponse(page, 'GET', new RegExp(`${OUT}/campaigns/${campaignId}/performance\\.csv$`));
    const [download] = await Promise.all([page.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export CSV' }).click()]);
    const csvResponse = await csvAnswer;
    expect(new URL(csvResponse.url()).searchParams.toString()).toBe('sort=username&order=asc');
    expect(csvResponse.request().headers()['authorization']).toBe(`Bearer ${token}`);
    expect(download.suggestedFilename()).toBe('spring-trail-launch-performance.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')).toEqual([
      'influencerId,username,displayName,platform,spend,views,likes,comments,shares,engagements,engagementRate,clicks,cpe,cpm,cpc,deliveries,published',
      `${jonasId},jonas.lifts,"'=Jonas ""JB"" Berg, Coach",instagram,400.00,0,0,0,0,0,,0,,,,1,0`,
      `${mayaId},maya.runs,Maya Lopez,instagram,600.00,3000,200,25,15,240,0.0800,50,2.50,200.00,12.00,3,1`,
      'total,,,,1000.00,3000,200,25,15,240,0.0800,50,4.17,333.33,20.00,4,1',
      '',
    ]);

    await page.screenshot({ path: shotPath('performance-dashboard-e2e.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('runs the reminders now, and imports figures from a CSV on the board: the updated count and each bad row by line and field; imported figures are labelled so', async () => {
    const { base, page, pageErrors } = suite;
    await page.goto(`${base}/campaigns/${campaignId}/deliveries`);
    // The daily reminders, run now for this campaign: nothing is due within 3 days.
    const reminded = nextResponse(page, 'POST', new RegExp(`${D}/reminders$`));
    await page.getByRole('button', { name: 'Remind creators now' }).click();
    const remindAnswer = await reminded;
    expect(remindAnswer.status()).toBe(200);
    expect(remindAnswer.request().postDataJSON()).toEqual({ campaignId });
    await page.getByText(/^0 creators reminded of content due within 3 days; \d+ (delivery|deliveries) newly overdue\.$/).waitFor();

    await page.getByRole('button', { name: 'Import figures' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import figures' });
    const form = dialog.getByRole('form', { name: 'Import figures' });
    await form.getByRole('button', { name: 'Upload' }).click();
    await form.getByText('Choose a CSV file to upload.').waitFor();
    const missing = '00000000-0000-4000-8000-000000000000';
    await form.getByLabel('CSV file').setInputFiles({
      name: 'figures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['deliveryId,views,likes,comments,shares,clicks', `${story.id},500,30,4,2,6`, `${reel2.id},12k,,,,`, `${missing},5,,,,`].join('\n')),
    });
    const uploaded = nextResponse(page, 'POST', new RegExp(`${D}/import$`));
    await form.getByRole('button', { name: 'Upload' }).click();
    const answer = await uploaded;
    expect(answer.status()).toBe(200);
    expect(answer.request().headers()['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    await form.getByText('1 delivery updated, 2 problems.').waitFor();
    const errors = form.getByRole('table', { name: /^Rows not imported/ });
    expect(await rowTexts(errors)).toEqual([
      '3|views|views must be a whole number, 0 or more (got "12k")',
      `4|deliveryId|no delivery ${missing} in this store`,
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    expect(await delivery(story.id)).toMatchObject({ views: 500, likes: 30, metricsSource: 'import' });
    expect((await delivery(reel2.id)).views).toBe(1000);
    await page.goto(`${base}/deliveries/${story.id}`);
    const figures = page.getByRole('region', { name: 'Figures' });
    await figures.getByText('Figures imported from a file.').waitFor();
    await figures
      .getByRole('table', { name: 'History of the figures' })
      .getByRole('row', { name: /^Views — → 500 .* Imported$/ })
      .waitFor();
    await page.goto(`${base}/campaigns/${campaignId}`);
    await page.getByRole('region', { name: 'Performance' }).getByText('Figures: 2 typed, 1 imported.').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('sends the creator their delivery link from the contract page, whose deliveries lead to each delivery', async () => {
    const { base, page, pageErrors } = suite;
    await page.goto(`${base}/contracts/${mayaContract}`);
    await page.getByRole('heading', { name: 'Contract with Maya Lopez', level: 1 }).waitFor();
    const section = page.getByRole('region', { name: 'Deliveries' });
    const storyDue = (await titleOf(story)).split(', due ')[1];
    await section.getByRole('link', { name: `story, due ${storyDue}: open the delivery` }).click();
    await page.waitForURL(new RegExp(`/deliveries/${story.id}$`));
    await page.getByRole('heading', { name: 'Instagram story by Maya Lopez', level: 1 }).waitFor();
    await page.goBack();

    const seen = suite.smtp.messages.length;
    const sent = nextResponse(page, 'POST', new RegExp(`${C}/${mayaContract}/delivery-link$`));
    await section.getByRole('button', { name: 'Send delivery link' }).click();
    expect((await sent).status()).toBe(200);
    const shown = section.getByRole('status').filter({ hasText: 'Delivery link emailed to the creator' });
    const url = (await shown.getByRole('link').textContent())!;
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL.replace(/[.]/g, '\\.')}/deliver/[A-Za-z0-9_.-]+$`));
    const mail = await suite.smtp.waitFor((m) => m.envelope.rcptTo.includes('maya@creators.example.com') && m.seq > seen);
    expect(String(mail.parsed.text)).toContain(url);
    await section.getByRole('button', { name: 'Copy the delivery link' }).waitFor();
    deliveryLink = url.split('/deliver/')[1];
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('lets the creator submit and mark as published on their page without an account; a bad link says so', async () => {
    const { t, base } = suite;
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const creatorErrors: string[] = [];
    try {
      const creator = await context.newPage();
      creator.on('pageerror', (e) => creatorErrors.push(String(e)));
      await creator.goto(`${base}/deliver/${deliveryLink}`);
      await creator.getByRole('heading', { name: 'Deliveries for Trailhead Outfitters', level: 1 }).waitFor();
      await creator.getByText('Spring trail launch · for Maya Lopez.', { exact: false }).waitFor();
      const brief = creator.getByRole('region', { name: 'The brief' });
      await brief.getByRole('list', { name: 'Must include' }).getByText('#TrailheadPartner', { exact: true }).waitFor();
      const items = creator.getByRole('region', { name: 'What you promised' }).getByRole('article');
      expect(await items.count()).toBe(3);

      // The rejected reel: the reason, and a form to submit again.
      const rejected = items.filter({ hasText: 'Changes requested' });
      await rejected.getByText('Add #ad and tag @trailhead.running, please.').waitFor();
      const submit = rejected.getByRole('form', { name: /^Submit / });
      await submit.getByLabel('Link to your draft or post').fill('https://www.instagram.com/reel/C9trail2b/');
      await submit.getByLabel('Caption').fill('Trail day #ad #TrailheadPartner @trailhead.running');
      expect(await axeViolations(creator)).toEqual([]);
      const body = nextRequest(creator, 'POST', new RegExp(`/api/public/deliveries/${deliveryLink}/${reel2.id}/submit$`));
      const answer = nextResponse(creator, 'POST', new RegExp(`/api/public/deliveries/${deliveryLink}/${reel2.id}/submit$`));
      await submit.getByRole('button', { name: 'Submit for review' }).click();
      expect(await body).toEqual({ contentUrl: 'https://www.instagram.com/reel/C9trail2b/', caption: 'Trail day #ad #TrailheadPartner @trailhead.running' });
      expect((await answer).request().headers()['authorization']).toBeUndefined();
      const reel2Item = items.filter({ hasText: 'C9trail2b' });
      await reel2Item.getByText('Waiting for the brand’s review.').waitFor();
      expect((await delivery(reel2.id)).status).toBe('submitted');

      // Approved by the team: the creator marks it published with the post's date.
      await auth(t.http.post(`${D}/${reel2.id}/approve`))
        .send({})
        .expect(200);
      await creator.reload();
      const publish = reel2Item.getByRole('form', { name: /as published$/ });
      expect(await publish.getByLabel('Link to the live post').inputValue()).toBe('https://www.instagram.com/reel/C9trail2b/');
      await publish.getByLabel('Post date').fill('2026-11-29');
      const published = nextRequest(creator, 'POST', new RegExp(`/api/public/deliveries/${deliveryLink}/${reel2.id}/publish$`));
      await publish.getByRole('button', { name: 'Mark as published' }).click();
      expect(await published).toEqual({
        contentUrl: 'https://www.instagram.com/reel/C9trail2b/',
        caption: 'Trail day #ad #TrailheadPartner @trailhead.running',
        postDate: '2026-11-29T00:00:00.000Z',
      });
      await reel2Item.getByText('Published. Thank you!').waitFor();
      expect(await delivery(reel2.id)).toMatchObject({ status: 'published', postDate: '2026-11-29T00:00:00.000Z' });
      await creator.screenshot({ path: shotPath('creator-deliveries.png'), fullPage: true });
      expect(await axeViolations(creator)).toEqual([]);

      // A link that was never made.
      await creator.goto(`${base}/deliver/not-a-real-delivery-token-0000000000`);
      await creator.getByRole('heading', { name: 'This delivery link is not valid' }).waitFor();
    } finally {
      await context.close();
    }
    expect(creatorErrors).toEqual([]);
  });
});
