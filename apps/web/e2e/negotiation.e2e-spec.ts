/**
 * Negotiation in the SPA, in headless Chromium against the real API, database and a local SMTP
 * server: a store with an email sender, a campaign with a budget of 1000.00, and two creators each
 * sent a first email, all through the API. In the first thread, the creator's ask of 1200 is recorded
 * (flagged above the rate card, the suggested rate shown beside the form as the API prices it), the
 * brand counters with 800 and accepts it: the negotiation is Agreed and the campaign has 800.00
 * allocated. In the second thread, accepting 500 does not fit the 200.00 left: a toast says so and
 * the negotiation stays open; walking away (after a confirm) ends it. A third creator's ask is
 * countered with a drafted message citing the rate card: recorded as the brand's offer from the
 * thread, and sent as the reply from the inbox. UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import type { CounterDraftDto, OfferDto, OutreachDetailDto, SuggestedRateDto } from '@parley/shared-types';
import type { Locator, Page, Request } from 'playwright-core';
import type { TestApp } from '../../api/test/harness';
import { axeViolations, smtpBrowserSuite, shotPath, signUp } from './browser-harness';
import { until } from '../../api/test/until';

const OUT = '/api/influencer/outreach';

/** The JSON body of the next `method` request to `path`, captured as the page sends it. */
const nextRequest = (page: Page, method: string, path: RegExp) =>
  page
    .waitForRequest((r: Request) => r.method() === method && path.test(new URL(r.url()).pathname))
    .then((r) => r.postDataJSON() as Record<string, unknown> | null);

/** An amount as the SPA shows it (the browser runs en-US): "1,200.00". */
const shown = (money: string) => Number(money).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('SPA negotiation in a real browser', () => {
  const suite = smtpBrowserSuite();

  let token: string;
  let campaignId: string;
  /** Maya's outreach: countered and agreed. */
  let mayaId: string;
  let mayaInfluencerId: string;
  /** Jonas's outreach: an offer that does not fit what is left of the budget. */
  let jonasId: string;
  /** A supertest request signed in as the store the browser registered. */
  const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);
  const outreach = async (id: string): Promise<OutreachDetailDto> => (await auth(suite.t.http.get(`${OUT}/${id}`)).expect(200)).body.data;
  const offers = async (id: string): Promise<OfferDto[]> => (await auth(suite.t.http.get(`${OUT}/${id}/offers`)).expect(200)).body.data.offers;
  const stats = async () => (await auth(suite.t.http.get(`${OUT}/campaigns/${campaignId}`)).expect(200)).body.data.stats;

  /** A creator, sent the store's default first email in the campaign; answers the influencer's and the outreach's ids once it has gone. */
  const send = async (username: string, displayName: string, email: string) => {
    const influencerId = (
      await auth(suite.t.http.post('/api/influencers'))
        .send({ username, platform: 'instagram', displayName, email, followersCount: 48200, engagementRate: 4.2, niche: ['running'] })
        .expect(201)
    ).body.data.id as string;
    const outreachId = (
      await auth(suite.t.http.post(`${OUT}/send`))
        .send({ campaignId, influencerId, channel: 'email' })
        .expect(201)
    ).body.data.id as string;
    await suite.smtp.waitFor((m) => m.envelope.rcptTo.includes(email));
    const sent = await until(
      () => outreach(outreachId),
      (o) => o.status === 'sent',
    );
    expect(sent.status).toBe('sent');
    return { influencerId, outreachId };
  };

  beforeAll(async () => {
    const { t, page } = suite;
    token = await signUp(page, suite.base, 'Trailhead Outfitters', 'negotiation');
    await auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA', senderName: 'Sam' }).expect(200);
    await auth(t.http.put('/api/channels/email')).send({ fromName: 'Sam from Trailhead', fromEmail: 'sam@trailhead.example.com' }).expect(200);
    campaignId = (
      await auth(t.http.post(`${OUT}/campaigns`))
        .send({
          name: 'Spring trail launch',
          objective: 'awareness',
          budget: '1000.00',
          deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }],
          targetTiers: ['micro'],
        })
        .expect(201)
    ).body.data.id as string;
    await auth(t.http.post(`${OUT}/campaigns/${campaignId}/status`))
      .send({ status: 'active' })
      .expect(200);
    ({ influencerId: mayaInfluencerId, outreachId: mayaId } = await send('maya.runs', 'Maya Lopez', 'maya@creators.example.com'));
    ({ outreachId: jonasId } = await send('jonas.lifts', 'Jonas Berg', 'jonas@creators.example.com'));
  });

  const section = () => suite.page.getByRole('region', { name: 'Negotiation' });
  /** The state badge beside the section's title. */
  const state = () => section().locator('.section-header');
  const history = () => section().getByRole('list', { name: 'Offer history' });
  const offerItem = (text: string): Locator => history().getByRole('listitem').filter({ hasText: text });
  const form = () => section().getByRole('form', { name: 'Record an offer' });

  it('records the creator’s ask (flagged above the rate card, the suggested rate beside it), a brand counter, and accepts the counter', async () => {
    const { t, base, page, pageErrors } = suite;
    await page.goto(`${base}/outreach/${mayaId}`);
    await section().getByText('Nothing offered yet', { exact: false }).waitFor();
    await state().getByText('No offers yet').waitFor();

    // A first offer is the creator's ask, for one piece of their platform's main format, in USD.
    expect(
      await form()
        .getByRole('radio', { name: /^Influencer/ })
        .isChecked(),
    ).toBe(true);
    expect(await form().getByLabel('Currency').inputValue()).toBe('USD');
    expect(await form().getByLabel('Compensation').inputValue()).toBe('flat_fee');
    const row = form().getByRole('group', { name: 'Deliverable 1' });
    expect(await row.getByLabel('Type').inputValue()).toBe('post');
    expect(await row.getByLabel('Platform').inputValue()).toBe('instagram');
    expect(await row.getByLabel('Quantity').inputValue()).toBe('1');

    // Beside the form: the suggested rate for those deliverables, as the API prices it.
    const rate = (
      await auth(t.http.get(`/api/influencers/${mayaInfluencerId}/suggested-rate`))
        .query({ deliverables: JSON.stringify([{ type: 'post', platform: 'instagram', quantity: 1 }]) })
        .expect(200)
    ).body.data as SuggestedRateDto;
    const suggestion = section().getByRole('complementary', { name: 'Suggested rate' });
    await suggestion.getByText(rate.basis).waitFor();
    const figures = await suggestion.locator('.negotiation__figures').textContent();
    for (const figure of [rate.low, rate.typical, rate.high]) expect(figures).toContain(shown(figure));

    // Checked before anything is sent: an amount is needed.
    await form().getByRole('button', { name: 'Record influencer offer' }).click();
    await form().getByText('Enter the amount offered.').waitFor();
    expect(await form().getByLabel('Amount').getAttribute('aria-invalid')).toBe('true');

    const ask = nextRequest(page, 'POST', new RegExp(`${OUT}/${mayaId}/offers$`));
    await form().getByLabel('Amount').fill('1200');
    await form().getByLabel('Note (optional)').fill('My usual rate for a post');
    await form().getByRole('button', { name: 'Record influencer offer' }).click();
    expect(await ask).toEqual({
      from: 'influencer',
      amount: '1200',
      currency: 'USD',
      compensationType: 'flat_fee',
      deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }],
      note: 'My usual rate for a post',
    });

    // In the history, open and flagged: a micro creator's post tops out at 1,000 on the default card.
    const first = offerItem('Influencer offer: 1,200.00 USD');
    await first.getByText('above rate card').waitFor();
    expect(await first.getByText('above max rate').count()).toBe(0);
    await first.getByText('Open', { exact: true }).waitFor();
    await first.getByText('Flat fee · 1 × Instagram post').waitFor();
    await first.getByText('“My usual rate for a post”').waitFor();
    await state().getByText('Open', { exact: true }).waitFor();
    expect((await offers(mayaId)).map((o) => ({ amount: o.amount, from: o.from, flags: o.flags }))).toEqual([
      { amount: '1200.00', from: 'influencer', flags: ['above_rate_card'] },
    ]);

    // The form is ready for the answer: the brand's turn, the same terms.
    expect(
      await form()
        .getByRole('radio', { name: /^Brand/ })
        .isChecked(),
    ).toBe(true);
    expect(await form().getByLabel('Amount').inputValue()).toBe('');
    const counter = nextRequest(page, 'POST', new RegExp(`${OUT}/${mayaId}/offers$`));
    await form().getByLabel('Amount').fill('800');
    await form().getByRole('button', { name: 'Record brand offer' }).click();
    expect(await counter).toMatchObject({ from: 'brand', amount: '800', deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }] });
    const second = offerItem('Brand offer: 800.00 USD');
    await second.getByText('Open', { exact: true }).waitFor();
    expect(await second.locator('.badge--warning').count()).toBe(0);
    await section().scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('outreach-negotiation.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Accept the counter: agreed, the ask superseded, no more offers or walking away, the amount reserved.
    const accepted = page.waitForResponse((r) => r.request().method() === 'POST' && /\/offers\/[0-9a-f-]{36}\/accept$/.test(new URL(r.url()).pathname));
    await second.getByRole('button', { name: /^Accept/ }).click();
    expect((await accepted).status()).toBe(200);
    await page.locator('.toast').getByText('Offer accepted').waitFor();
    await state().getByText('Agreed', { exact: true }).waitFor();
    await second.getByText('Accepted', { exact: true }).waitFor();
    await first.getByText('Superseded', { exact: true }).waitFor();
    await second.getByRole('button', { name: /^Withdraw/ }).waitFor();
    expect(
      await history()
        .getByRole('button', { name: /^Accept/ })
        .count(),
    ).toBe(0);
    expect(await form().count()).toBe(0);
    expect(await section().getByRole('button', { name: 'Walk away' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Timeline' }).getByText('Offer accepted').waitFor();

    expect((await outreach(mayaId)).negotiationState).toBe('agreed');
    expect(await stats()).toMatchObject({ budgetAllocated: '800.00', budgetRemaining: '200.00' });
    expect((await offers(mayaId)).map((o) => o.status)).toEqual(['superseded', 'accepted']);

    // The outreach list shows where each negotiation stands.
    await page.goto(`${base}/outreach`);
    const listRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Thread with Maya Lopez (@maya.runs)' }) });
    await listRow.getByText('Agreed', { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('refuses an offer that does not fit what is left of the budget with a toast, and the negotiation stays open', async () => {
    const { t, base, page, pageErrors } = suite;
    await auth(t.http.post(`${OUT}/${jonasId}/offers`))
      .send({ amount: '500.00', from: 'influencer', compensationType: 'flat_fee', deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }] })
      .expect(201);
    await page.goto(`${base}/outreach/${jonasId}`);
    const ask = offerItem('Influencer offer: 500.00 USD');
    await ask.getByText('Open', { exact: true }).waitFor();

    const refused = page.waitForResponse((r) => r.request().method() === 'POST' && /\/offers\/[0-9a-f-]{36}\/accept$/.test(new URL(r.url()).pathname));
    await ask.getByRole('button', { name: /^Accept/ }).click();
    const response = await refused;
    expect(response.status()).toBe(409);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('BUDGET_EXCEEDED');

    // The toast carries the API's words: what is left of the budget.
    const toast = page.locator('.toast');
    await toast.getByText('Over the campaign budget').waitFor();
    await toast.getByText(error.message).waitFor();
    expect(error.message).toContain('200.00');

    // Nothing changed: the offer and the negotiation are still open, the budget as it was.
    await ask.getByRole('button', { name: /^Accept/ }).waitFor();
    expect(await ask.getByRole('button', { name: /^Accept/ }).isEnabled()).toBe(true);
    await ask.getByText('Open', { exact: true }).waitFor();
    await state().getByText('Open', { exact: true }).waitFor();
    expect(await form().count()).toBe(1);
    expect((await outreach(jonasId)).negotiationState).toBe('open');
    expect((await offers(jonasId)).map((o) => o.status)).toEqual(['open']);
    expect((await stats()).budgetAllocated).toBe('800.00');
    expect(pageErrors).toEqual([]);
  });

  it('walks away after a confirm: the open offer is rejected and the negotiation ends', async () => {
    const { page, pageErrors } = suite;
    await section().getByRole('button', { name: 'Walk away' }).click();
    const dialog = page.getByRole('dialog', { name: 'Walk away from this negotiation?' });
    // Keeping on negotiating changes nothing.
    await dialog.getByRole('button', { name: 'Keep negotiating' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await outreach(jonasId)).negotiationState).toBe('open');

    await section().getByRole('button', { name: 'Walk away' }).click();
    await dialog.getByLabel('Why (optional)').fill('Too far apart on the rate');
    const walked = nextRequest(page, 'POST', new RegExp(`${OUT}/${jonasId}/offers/walk-away$`));
    await dialog.getByRole('button', { name: 'Walk away' }).click();
    expect(await walked).toEqual({ note: 'Too far apart on the rate' });
    await state().getByText('Walked away', { exact: true }).waitFor();
    await offerItem('Influencer offer: 500.00 USD').getByText('Rejected', { exact: true }).waitFor();
    await section().getByText('You walked away from this negotiation.', { exact: false }).waitFor();
    expect(await section().getByRole('button', { name: 'Walk away' }).count()).toBe(0);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Walked away from the negotiation').waitFor();
    await timeline.getByText('Note: Too far apart on the rate').waitFor();
    expect((await outreach(jonasId)).negotiationState).toBe('walked_away');
    expect((await stats()).budgetAllocated).toBe('800.00');
    expect(pageErrors).toEqual([]);
  });

  it('drafts a counter to the creator’s ask citing the rate card, records it as the brand’s offer, and sends it as the reply from the inbox', async () => {
    const { t, base, page, pageErrors } = suite;
    const { influencerId, outreachId } = await send('lena.trails', 'Lena Ortiz', 'lena@creators.example.com');
    await auth(t.http.post(`${OUT}/${outreachId}/reply`))
      .send({ replyText: 'Happy to do it! My rate for one Instagram post is $900.' })
      .expect(200);
    await auth(t.http.post(`${OUT}/${outreachId}/offers`))
      .send({ amount: '900.00', from: 'influencer', compensationType: 'flat_fee', deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }] })
      .expect(201);
    const rate = (
      await auth(t.http.get(`/api/influencers/${influencerId}/suggested-rate`))
        .query({ deliverables: JSON.stringify([{ type: 'post', platform: 'instagram', quantity: 1 }]) })
        .expect(200)
    ).body.data as SuggestedRateDto;

    // The thread page: the counter is drafted from the API (no AI writer here: the store's template).
    await page.goto(`${base}/outreach/${outreachId}`);
    const counter = section().getByRole('region', { name: 'Counter the creator’s ask' });
    await counter.getByText('The creator asked for 900.00 USD', { exact: false }).waitFor();
    const drafted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `${OUT}/${outreachId}/offers/counter-draft`);
    await counter.getByRole('button', { name: 'Draft counter' }).click();
    const response = await drafted;
    expect(response.request().postDataJSON()).toEqual({});
    const d = ((await response.json()) as { data: CounterDraftDto }).data;
    expect(d).toMatchObject({
      amount: rate.typical,
      amountSource: 'typical',
      writer: 'offline',
      rateCard: { low: rate.low, typical: rate.typical, high: rate.high },
    });
    const message = counter.getByLabel('Counter message');
    await counter.getByText(rate.basis).waitFor();
    expect(await message.inputValue()).toBe(d.body);
    expect(d.body).toContain(`we can offer $${shown(rate.typical)}`);
    expect(d.body).toContain(`$${shown(rate.low)}–$${shown(rate.high)}`);
    expect(await counter.getByLabel('Subject').inputValue()).toBe(d.subject);
    expect(await counter.getByLabel('Counter amount').inputValue()).toBe(rate.typical);
    // The thread page has no reply box, so no "Use as reply".
    expect(await counter.getByRole('button', { name: 'Use as reply' }).count()).toBe(0);

    // "Record as offer" fills the form as the brand's offer; recording it is still the team's click.
    await counter.getByLabel('Counter amount').fill('700');
    await counter.getByText('draft again to rewrite it for this amount', { exact: false }).waitFor();
    await counter.getByRole('button', { name: 'Record as offer' }).click();
    await counter.getByText('The offer form below is filled in', { exact: false }).waitFor();
    expect(
      await form()
        .getByRole('radio', { name: /^Brand/ })
        .isChecked(),
    ).toBe(true);
    expect(await form().getByLabel('Amount').inputValue()).toBe('700');
    expect(await form().getByLabel('Currency').inputValue()).toBe('USD');
    expect((await offers(outreachId)).length).toBe(1);
    const recorded = nextRequest(page, 'POST', new RegExp(`${OUT}/${outreachId}/offers$`));
    await form().getByRole('button', { name: 'Record brand offer' }).click();
    expect(await recorded).toEqual({
      from: 'brand',
      amount: '700',
      currency: 'USD',
      compensationType: 'flat_fee',
      deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }],
    });
    await offerItem('Brand offer: 700.00 USD').waitFor();
    await section().scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('outreach-counter-draft.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The inbox: the drafted counter goes into the reply box and out in the thread.
    await page.goto(`${base}/inbox/${outreachId}`);
    const inboxCounter = page.getByRole('region', { name: 'Counter the creator’s ask' });
    await inboxCounter.getByRole('button', { name: 'Draft counter' }).click();
    const inboxMessage = inboxCounter.getByLabel('Counter message');
    await inboxMessage.waitFor();
    await inboxMessage.fill(`${await inboxMessage.inputValue()}\n\nP.S. Shipping is on us.`);
    await inboxCounter.getByRole('button', { name: 'Use as reply' }).click();
    await inboxCounter.getByText('The message is in the reply box', { exact: false }).waitFor();
    const composer = page.getByRole('region', { name: 'Reply to Lena Ortiz (@lena.trails)' });
    const reply = await composer.getByLabel('Your reply').inputValue();
    expect(reply).toContain(`we can offer $${shown(rate.typical)}`);
    expect(reply).toMatch(/P\.S\. Shipping is on us\.$/);
    const responded = nextRequest(page, 'POST', new RegExp(`${OUT}/${outreachId}/respond$`));
    await composer.getByRole('button', { name: 'Send reply' }).click();
    expect(await responded).toEqual({ message: reply });
    const delivered = await suite.smtp.waitFor(
      (m) => m.envelope.rcptTo.includes('lena@creators.example.com') && String(m.parsed.text).includes('Shipping is on us'),
    );
    expect(String(delivered.parsed.text)).toContain(`$${shown(rate.low)}–$${shown(rate.high)}`);
    // Nothing was recorded by drafting: the ask and the brand's 700.
    expect((await offers(outreachId)).map((o) => [o.from, o.amount, o.status])).toEqual([
      ['influencer', '900.00', 'open'],
      ['brand', '700.00', 'open'],
    ]);
    expect(pageErrors).toEqual([]);
  });
});
