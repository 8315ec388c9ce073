/**
 * Contracts in the SPA, in headless Chromium against the real API, database, PDF renderer and a
 * local SMTP server: a store with an email sender, a campaign with a budget of 1000.00 and two
 * creators, all through the API. A contract for Maya is written in the form (an amount over the
 * budget is refused with the API's 409 in full, then 750 fits) and shows on the status board as a
 * Draft; its page shows the terms and the PDF preview (fetched with the session's token, shown
 * through a blob: URL); the draft is edited (only the changed field is sent), then sent for
 * signature, and the signing link is read from the email.
 * Maya, without an account, opens the link, reads, types her name, ticks the consent and signs;
 * back in the app the contract is Signed with its signature record (the SHA-256 of the signed PDF)
 * and its deliveries. Jonas's contract is sent and then cancelled after a confirm: its link then
 * says so. Then Settings → Contract templates: a template started from Parley's agreement, made
 * the default, offered by the contract form, and deleted. And a contract written from Lena's
 * accepted offer (/contracts/new?offerId=…&outreachId=…): its terms filled in, its reservation taken
 * over rather than doubled, and a second contract from the same offer refused with a link to the first.
 * UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import type { ContractDto, DeliveryDto } from '@parley/shared-types';
import type { TestApp } from '../../api/test/harness';
import { axeViolations, shotPath, signUp, smtpBrowserSuite } from './browser-harness';
import { activeCampaign, C, createInfluencer, nextRequest, nextResponse, OUT, sendForSignature, setUpSender, signingLinkTo as linkIn } from './contract-flows';

/** What the API puts in front of its links; the test app itself listens on `suite.base`. */
const PUBLIC_URL = 'https://parley.test.example';

/** Supertest's binary body as a Buffer. */
const binary = (res: { on(event: string, cb: (chunk?: Buffer) => void): void }, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk!));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('SPA contracts in a real browser', () => {
  const suite = smtpBrowserSuite({ PUBLIC_URL });

  let token: string;
  let campaignId: string;
  let mayaId: string;
  let jonasId: string;
  /** Maya's contract, written in the form. */
  let contractId: string;
  /** The token of the signing link emailed to Maya. */
  let signingToken: string;
  /** Content Security Policy refusals the pages report on the console (a blocked PDF frame, say). */
  const cspErrors: string[] = [];

  const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);
  const contract = async (id: string): Promise<ContractDto> => (await auth(suite.t.http.get(`${C}/${id}`)).expect(200)).body.data;
  const stats = async () => (await auth(suite.t.http.get(`${OUT}/campaigns/${campaignId}`)).expect(200)).body.data.stats;
  const influencer = (username: string, displayName: string, email: string) => createInfluencer(suite.t, auth, username, displayName, email);
  /** The signing link's token in the latest email to `address`, its host mapped to the test app. */
  const signingLinkTo = (address: string, after = 0): Promise<string> => linkIn(suite.smtp, PUBLIC_URL, address, after);

  beforeAll(async () => {
    const { t, page } = suite;
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    token = await signUp(page, suite.base, 'Trailhead Outfitters', 'contracts');
    await setUpSender(t, auth);
    campaignId = await activeCampaign(t, auth, { budget: '1000.00', reels: 1, startDate: '2027-03-01T00:00:00.000Z', endDate: '2027-04-30T00:00:00.000Z' });
    mayaId = await influencer('maya.runs', 'Maya Lopez', 'maya@creators.example.com');
    jonasId = await influencer('jonas.lifts', 'Jonas Berg', 'jonas@creators.example.com');
  });

  const board = () => suite.page.getByRole('list', { name: 'Contracts per status' });
  const mayaRow = () => suite.page.getByRole('row').filter({ has: suite.page.getByRole('link', { name: 'Contract with Maya Lopez (@maya.runs)' }) });

  it('writes a contract in the form (the API’s budget refusal shown in full), and the board shows it as a draft', async () => {
    const { base, page, pageErrors } = suite;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contracts' }).click();
    await page.waitForURL(/\/contracts$/);
    await page.getByRole('heading', { name: 'No contracts yet' }).waitFor();
    await board().getByRole('button', { name: 'Draft 0' }).waitFor();
    await page.getByRole('link', { name: 'New contract' }).first().click();
    await page.waitForURL(/\/contracts\/new$/);
    const form = page.getByRole('form', { name: 'New contract' });

    // Checked before anything is sent.
    await form.getByRole('button', { name: 'Create contract' }).click();
    await form.getByText('Choose the campaign.').waitFor();
    await form.getByText('Enter the compensation.').waitFor();
    expect(await form.getByLabel('Campaign', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // The campaign brings its dates as the contract period.
    await form.getByLabel('Campaign', { exact: true }).selectOption({ label: 'Spring trail launch' });
    await form.getByText('Budget left: 1,000.00 of 1,000.00.').waitFor();
    expect(await form.getByLabel('Start date').inputValue()).toBe('2027-03-01');
    expect(await form.getByLabel('End date').inputValue()).toBe('2027-04-30');
    await form.getByLabel('Search creators').fill('maya');
    await form.getByLabel('Influencer', { exact: true }).selectOption({ label: 'Maya Lopez (@maya.runs)' });

    // Two deliverables, the first with a due date.
    const first = form.getByRole('group', { name: 'Deliverable 1', exact: true });
    await first.getByLabel('Type').selectOption('reel');
    await first.getByLabel('Quantity').fill('2');
    await form.getByRole('button', { name: 'Add deliverable' }).click();
    const second = form.getByRole('group', { name: 'Deliverable 2', exact: true });
    await second.getByLabel('Type').selectOption('story');
    await form.getByLabel('Deliverable 1: 2 × Instagram reel').fill('2027-03-20');

    await form.getByLabel('Compensation', { exact: true }).fill('1200');
    expect(await form.getByLabel('Currency').inputValue()).toBe('USD');
    expect(await form.getByLabel('Compensation type').inputValue()).toBe('flat_fee');
    await form.getByLabel('Content guidelines').fill('Show the TrailGrip on a muddy trail.');
    for (const phrase of ['#ad', 'Use code TRAIL10']) {
      await form.getByLabel('Must include').fill(phrase);
      await form.getByLabel('Must include').press('Enter');
    }
    await form.getByLabel('Must avoid').fill('Competitor brands');
    await form.getByLabel('Must avoid').press('Enter');
    await form.getByRole('button', { name: 'Remove required item “#ad”' }).waitFor();
    await form.getByRole('checkbox', { name: /^Exclusive/ }).check();
    await form.getByLabel('Usage rights').selectOption('perpetual');
    expect(await form.getByLabel('Contract template').inputValue()).toBe('');
    await page.screenshot({ path: shotPath('contract-form.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Over the budget: the API's 409 says what is left, above the form.
    const refusedBody = nextRequest(page, 'POST', new RegExp(`${C}$`));
    const refused = nextResponse(page, 'POST', new RegExp(`${C}$`));
    await form.getByRole('button', { name: 'Create contract' }).click();
    expect(await refusedBody).toEqual({
      campaignId,
      influencerId: mayaId,
      deliverables: [
        { type: 'reel', platform: 'instagram', quantity: 2, dueDate: '2027-03-20T00:00:00.000Z' },
        { type: 'story', platform: 'instagram', quantity: 1 },
      ],
      compensation: '1200',
      currency: 'USD',
      compensationType: 'flat_fee',
      startDate: '2027-03-01T00:00:00.000Z',
      endDate: '2027-04-30T00:00:00.000Z',
      contentGuidelines: 'Show the TrailGrip on a muddy trail.',
      mustInclude: ['#ad', 'Use code TRAIL10'],
      mustAvoid: ['Competitor brands'],
      exclusivity: true,
      usageRights: 'perpetual',
    });
    const response = await refused;
    expect(response.status()).toBe(409);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('BUDGET_EXCEEDED');
    const alert = form.getByRole('alert').filter({ hasText: 'Over the campaign budget' });
    await alert.getByText(error.message).waitFor();
    expect((await stats()).budgetAllocated).toBe('0.00');

    // 750 fits: a draft, and its page.
    const created = nextResponse(page, 'POST', new RegExp(`${C}$`));
    await form.getByLabel('Compensation', { exact: true }).fill('750');
    await form.getByRole('button', { name: 'Create contract' }).click();
    expect((await created).status()).toBe(201);
    await page.waitForURL(/\/contracts\/[0-9a-f-]{36}$/);
    contractId = new URL(page.url()).pathname.split('/').pop()!;
    await page.locator('.toast').getByText('Contract created').waitFor();
    expect(await contract(contractId)).toMatchObject({
      status: 'draft',
      compensation: '750.00',
      currency: 'USD',
      influencerName: 'Maya Lopez',
      campaignName: 'Spring trail launch',
    });
    expect((await stats()).budgetAllocated).toBe('750.00');

    // The board and the list: one draft.
    await page.goto(`${base}/contracts`);
    await board().getByRole('button', { name: 'Draft 1' }).waitFor();
    await board().getByRole('button', { name: 'Signed 0' }).waitFor();
    await mayaRow().getByText('Draft', { exact: true }).waitFor();
    await mayaRow().getByText('750.00 USD').waitFor();
    await mayaRow().getByRole('link', { name: 'Spring trail launch' }).waitFor();
    await mayaRow().getByText('Mar 1, 2027 – Apr 30, 2027').waitFor();

    // The board's counts filter the list.
    await board().getByRole('button', { name: 'Signed 0' }).click();
    await page.waitForURL(/status=signed/);
    await page.getByRole('heading', { name: 'No contracts match these filters' }).waitFor();
    await board().getByRole('button', { name: 'Signed 0' }).click();
    await mayaRow().waitFor();
    await page.screenshot({ path: shotPath('contracts-board.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the contract with its PDF preview (fetched with the session’s token), and sends it for signature', async () => {
    const { page, pageErrors } = suite;
    const pdf = nextResponse(page, 'GET', new RegExp(`${C}/${contractId}/pdf$`));
    await mayaRow().getByRole('link', { name: 'Contract with Maya Lopez (@maya.runs)' }).click();
    await page.waitForURL(new RegExp(`/contracts/${contractId}$`));
    await page.getByRole('heading', { name: 'Contract with Maya Lopez', level: 1 }).waitFor();

    // The PDF, asked for with the bearer token, is shown from a blob: URL.
    const pdfResponse = await pdf;
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()['content-type']).toContain('application/pdf');
    expect(pdfResponse.request().headers()['authorization']).toBe(`Bearer ${token}`);
    expect(Number(pdfResponse.headers()['content-length'])).toBeGreaterThan(1000);
    const frame = page.getByTitle('Contract PDF preview');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]{36}$/);
    // What the SPA fetched is the contract's PDF, as the API renders it.
    const direct = await auth(suite.t.http.get(`${C}/${contractId}/pdf`))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((direct.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The terms as written, and the clauses from Parley's agreement.
    const terms = page.getByRole('region', { name: 'Terms' });
    await terms.getByText('2 × Instagram reel, due Mar 20, 2027').waitFor();
    await terms.getByText('1 × Instagram story').waitFor();
    await terms.getByText('750.00 USD').waitFor();
    await terms.getByText('#ad · Use code TRAIL10').waitFor();
    await terms.getByText('Competitor brands').waitFor();
    await terms.getByText('Exclusive: no competing brand during the contract').waitFor();
    await terms.getByText('Perpetual').waitFor();
    const saved = await contract(contractId);
    expect(saved.clauses.length).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Clauses' }).getByRole('heading', { name: saved.clauses[0].heading, exact: true }).waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByText('Created as a draft').waitFor();
    await page.screenshot({ path: shotPath('contract-detail.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // A draft can be edited: the form opens with its values, and only what changed is sent.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.waitForURL(new RegExp(`/contracts/${contractId}/edit$`));
    const form = page.getByRole('form', { name: 'Edit contract' });
    expect(await form.getByLabel('Compensation', { exact: true }).inputValue()).toBe('750.00');
    expect(await form.getByLabel('Deliverable 1: 2 × Instagram reel').inputValue()).toBe('2027-03-20');
    expect(await form.getByLabel('Usage rights').inputValue()).toBe('perpetual');
    expect(await form.getByRole('checkbox', { name: /^Exclusive/ }).isChecked()).toBe(true);
    await form.getByLabel('Must avoid').fill('Energy drinks');
    await form.getByLabel('Must avoid').press('Enter');
    const patch = nextRequest(page, 'PATCH', new RegExp(`${C}/${contractId}$`));
    const repdf = nextResponse(page, 'GET', new RegExp(`${C}/${contractId}/pdf$`));
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect(await patch).toEqual({ mustAvoid: ['Competitor brands', 'Energy drinks'] });
    await page.waitForURL(new RegExp(`/contracts/${contractId}$`));
    await page.locator('.toast').getByText('Contract saved').waitFor();
    await terms.getByText('Competitor brands · Energy drinks').waitFor();
    // The preview is rendered again from the new terms.
    expect((await repdf).status()).toBe(200);
    expect((await contract(contractId)).mustAvoid).toEqual(['Competitor brands', 'Energy drinks']);

    // Send for signature: the email carries the signing link.
    const sent = nextResponse(page, 'POST', new RegExp(`${C}/${contractId}/send$`));
    const seen = suite.smtp.messages.length;
    await page.getByRole('button', { name: 'Send for signature' }).click();
    expect((await sent).status()).toBe(200);
    await page.locator('.toast').getByText('Sent for signature').waitFor();
    await page.getByRole('button', { name: 'Resend' }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    await page.getByRole('region', { name: 'Timeline' }).getByText('Sent for signature').waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByText('To maya@creators.example.com.', { exact: false }).waitFor();
    signingToken = await signingLinkTo('maya@creators.example.com', seen);
    expect((await contract(contractId)).status).toBe('sent');
    // Taken out as they are checked, so each test answers for its own pages.
    expect(cspErrors.splice(0)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('lets the creator read and sign on the public page without an account (name and consent first); a bad link says so', async () => {
    const { t, base } = suite;
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const creatorErrors: string[] = [];
    try {
      const creator = await context.newPage();
      creator.on('pageerror', (e) => creatorErrors.push(String(e)));
      creator.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
      });

      await creator.goto(`${base}/sign/${signingToken}`);
      await creator.getByRole('heading', { name: 'Agreement with Trailhead Outfitters', level: 1 }).waitFor();
      const terms = creator.getByRole('region', { name: 'Terms' });
      await terms.getByText('Spring trail launch').waitFor();
      await terms.getByText('750.00 USD').waitFor();
      await terms.getByText('2 × Instagram reel, due Mar 20, 2027').waitFor();
      // The PDF is public like the page: the frame loads it straight from the API.
      const pdfUrl = `/api/public/contracts/${signingToken}/pdf`;
      expect(await creator.getByTitle('Contract PDF', { exact: true }).getAttribute('src')).toBe(pdfUrl);
      const publicPdf = await t.http.get(pdfUrl).expect(200);
      expect(publicPdf.headers['content-type']).toContain('application/pdf');

      // Sign stays off until there is a name and the box is ticked.
      const form = creator.getByRole('form', { name: 'Sign the agreement' });
      const signButton = form.getByRole('button', { name: 'Sign', exact: true });
      expect(await signButton.isDisabled()).toBe(true);
      await form.getByLabel('Full name').fill('Maya Lopez');
      expect(await signButton.isDisabled()).toBe(true);
      await form.getByRole('checkbox', { name: 'I have read and agree to this agreement' }).check();
      expect(await signButton.isEnabled()).toBe(true);
      await creator.screenshot({ path: shotPath('contract-signing.png'), fullPage: true });
      expect(await axeViolations(creator)).toEqual([]);

      const body = nextRequest(creator, 'POST', new RegExp(`/api/public/contracts/${signingToken}/sign$`));
      const signed = nextResponse(creator, 'POST', new RegExp(`/api/public/contracts/${signingToken}/sign$`));
      await signButton.click();
      expect(await body).toEqual({ signerName: 'Maya Lopez', accept: true });
      const answer = await signed;
      expect(answer.status()).toBe(200);
      expect(answer.request().headers()['authorization']).toBeUndefined();

      // The confirmation, and the signed PDF to keep.
      const { signedAt } = await contract(contractId);
      const when = (await creator.evaluate(
        `new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(${JSON.stringify(signedAt)}))`,
      )) as string;
      await creator.getByText(`Signed by Maya Lopez on ${when}`).waitFor();
      expect(await creator.getByRole('link', { name: 'Download the signed PDF' }).getAttribute('href')).toBe(pdfUrl);
      expect(await form.count()).toBe(0);

      // A link that was never made.
      await creator.goto(`${base}/sign/not-a-real-signing-token-0000000000`);
      await creator.getByRole('heading', { name: 'This signing link is not valid' }).waitFor();
    } finally {
      await context.close();
    }
    expect(creatorErrors).toEqual([]);
    expect(cspErrors.splice(0)).toEqual([]);
  });

  it('shows the contract signed back in the app: the signature record with the PDF’s SHA-256, the timeline and the deliveries', async () => {
    const { page, pageErrors } = suite;
    const signed = await contract(contractId);
    expect(signed.status).toBe('signed');
    expect(signed.audit).toMatchObject({ signerName: 'Maya Lopez', pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const pdf = nextResponse(page, 'GET', new RegExp(`${C}/${contractId}/pdf$`));
    await page.reload();
    await page.getByRole('heading', { name: 'Contract with Maya Lopez', level: 1 }).waitFor();
    await page.locator('.page-header').getByText('Signed', { exact: true }).waitFor();
    expect((await pdf).status()).toBe(200);

    const record = page.getByRole('region', { name: 'Signature record' });
    await record.getByText('Maya Lopez', { exact: true }).waitFor();
    expect(await record.getByLabel('SHA-256 of the signed PDF').textContent()).toBe(signed.audit!.pdfSha256);
    if (signed.audit!.ip) await record.getByText(signed.audit!.ip, { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByText('Signed by Maya Lopez').waitFor();
    expect(await page.getByRole('button', { name: 'Resend' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send for signature' }).count()).toBe(0);

    // One delivery per promised piece: 2 reels and a story.
    const deliveries = (await auth(suite.t.http.get(`${C}/${contractId}/deliveries`)).expect(200)).body.data.deliveries as DeliveryDto[];
    expect(deliveries).toHaveLength(3);
    const table = page.getByRole('region', { name: 'Deliveries' }).getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + deliveries.length);

    await page.getByRole('link', { name: 'Contracts', exact: true }).first().click();
    await board().getByRole('button', { name: 'Signed 1' }).waitFor();
    await board().getByRole('button', { name: 'Draft 0' }).waitFor();
    await mayaRow().getByText('Signed', { exact: true }).waitFor();
    expect(cspErrors.splice(0)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('cancels a sent contract after a confirm, releasing its budget; its signing link then says it was withdrawn', async () => {
    const { t, base, page, pageErrors } = suite;
    const jonasContract = (
      await auth(t.http.post(C))
        .send({
          campaignId,
          influencerId: jonasId,
          deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }],
          compensation: '200.00',
          compensationType: 'flat_fee',
          startDate: '2027-03-01T00:00:00.000Z',
          endDate: '2027-03-31T00:00:00.000Z',
        })
        .expect(201)
    ).body.data.id as string;
    const jonasToken = await sendForSignature(t, auth, suite.smtp, PUBLIC_URL, jonasContract, 'jonas@creators.example.com');
    expect((await stats()).budgetAllocated).toBe('950.00');

    await page.goto(`${base}/contracts/${jonasContract}`);
    await page.getByRole('heading', { name: 'Contract with Jonas Berg', level: 1 }).waitFor();
    await page.getByTitle('Contract PDF preview').waitFor();
    const dialog = page.getByRole('dialog', { name: 'Cancel this contract?' });
    // Keeping it changes nothing.
    await page.getByRole('button', { name: 'Cancel contract' }).click();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await contract(jonasContract)).status).toBe('sent');

    await page.getByRole('button', { name: 'Cancel contract' }).click();
    await dialog.getByText('200.00 USD goes back to the campaign’s budget', { exact: false }).waitFor();
    const cancelled = nextResponse(page, 'POST', new RegExp(`${C}/${jonasContract}/cancel$`));
    await dialog.getByRole('button', { name: 'Cancel contract' }).click();
    expect((await cancelled).status()).toBe(200);
    await page.locator('.toast').getByText('Contract cancelled').waitFor();
    await page.locator('.page-header').getByText('Cancelled', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByText('Cancelled', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Cancel contract' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Resend' }).count()).toBe(0);
    expect((await stats()).budgetAllocated).toBe('750.00');

    const context = await suite.browser.newContext();
    try {
      const creator = await context.newPage();
      await creator.goto(`${base}/sign/${jonasToken}`);
      await creator.getByRole('heading', { name: 'This signing link has expired or the contract was withdrawn' }).waitFor();
    } finally {
      await context.close();
    }
    expect(pageErrors).toEqual([]);
  });

  it('Settings → Contract templates: starts one from Parley’s agreement as the default, which the contract form offers; deletes it after a confirm', async () => {
    const { t, base, page, pageErrors } = suite;
    const before = (await auth(t.http.get('/api/contract-templates')).expect(200)).body.data as {
      builtIn: { name: string; clauses: { heading: string; body: string }[] };
      placeholders: string[];
    };
    expect(before.builtIn.clauses.length).toBeGreaterThan(1);

    await page.goto(`${base}/settings#contract-templates`);
    const panel = page.getByRole('region', { name: 'Contract templates' });
    await panel.getByRole('heading', { name: 'No templates of your own yet' }).waitFor();
    await panel.getByRole('list', { name: 'Placeholders' }).getByText(before.placeholders[0], { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Use as starting point' }).click();

    const dialog = page.getByRole('dialog', { name: 'New contract template' });
    const form = dialog.getByRole('form', { name: 'New contract template' });
    expect(await form.getByLabel('Template name').inputValue()).toBe(`${before.builtIn.name} (copy)`);
    expect(await form.getByLabel('Clause 1 heading').inputValue()).toBe(before.builtIn.clauses[0].heading);
    await form.getByLabel('Template name').fill('Trailhead standard');
    // The second clause first; a clause of our own at the end.
    await form.getByRole('button', { name: 'Move clause 2 up' }).click();
    expect(await form.getByLabel('Clause 1 heading').inputValue()).toBe(before.builtIn.clauses[1].heading);
    await form.getByRole('button', { name: 'Add clause' }).click();
    const last = before.builtIn.clauses.length + 1;
    await form.getByRole('button', { name: 'Create template' }).click();
    await form.getByText('Give the clause a heading.').waitFor();
    await form.getByLabel(`Clause ${last} heading`).fill('Trail safety');
    await form.getByLabel(`Clause ${last} text`).fill('{{influencer_name}} films on marked trails only.');
    await form.getByRole('checkbox', { name: /the store’s default/ }).check();
    const created = nextRequest(page, 'POST', /\/api\/contract-templates$/);
    await form.getByRole('button', { name: 'Create template' }).click();
    const sent = (await created) as { name: string; clauses: { heading: string }[]; isDefault: boolean };
    expect(sent.name).toBe('Trailhead standard');
    expect(sent.isDefault).toBe(true);
    expect(sent.clauses.map((c) => c.heading)).toEqual([
      before.builtIn.clauses[1].heading,
      before.builtIn.clauses[0].heading,
      ...before.builtIn.clauses.slice(2).map((c) => c.heading),
      'Trail safety',
    ]);
    await panel.getByText('Saved “Trailhead standard”, your default template.').waitFor();
    const row = panel.getByRole('row').filter({ hasText: 'Trailhead standard' });
    await row.getByText('Default', { exact: true }).waitFor();

    // The contract form offers it as the default.
    await page.goto(`${base}/contracts/new`);
    const select = page.getByRole('form', { name: 'New contract' }).getByLabel('Contract template');
    await select.locator('option', { hasText: 'Your default (Trailhead standard)' }).waitFor({ state: 'attached' });

    await page.goto(`${base}/settings#contract-templates`);
    await panel.getByRole('button', { name: 'Delete Trailhead standard' }).click();
    await page.getByRole('dialog', { name: 'Delete this contract template?' }).getByRole('button', { name: 'Delete template' }).click();
    await panel.getByRole('heading', { name: 'No templates of your own yet' }).waitFor();
    expect((await auth(t.http.get('/api/contract-templates')).expect(200)).body.data.contractTemplates).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('writes a contract from an accepted offer: the terms carry over and its budget reservation is taken over, not doubled', async () => {
    const { t, base, page, pageErrors } = suite;
    const lenaId = await influencer('lena.trails', 'Lena Hart', 'lena@creators.example.com');
    const outreachId = (
      await auth(t.http.post(`${OUT}/send`))
        .send({ campaignId, influencerId: lenaId, channel: 'email' })
        .expect(201)
    ).body.data.id as string;
    await suite.smtp.waitFor((m) => m.envelope.rcptTo.includes('lena@creators.example.com'));
    const offer = (
      await auth(t.http.post(`${OUT}/${outreachId}/offers`))
        .send({
          amount: '150.00',
          currency: 'USD',
          from: 'influencer',
          compensationType: 'per_post',
          deliverables: [{ type: 'story', platform: 'instagram', quantity: 3 }],
        })
        .expect(201)
    ).body.data as { id: string };
    await auth(t.http.post(`${OUT}/offers/${offer.id}/accept`)).expect(200);
    expect((await stats()).budgetAllocated).toBe('900.00');

    const link = `${base}/contracts/new?offerId=${offer.id}&outreachId=${outreachId}`;
    await page.goto(link);
    await page.getByText('Written from the accepted offer of 150.00 USD', { exact: false }).waitFor();
    const form = page.getByRole('form', { name: 'New contract' });
    // Who it is with comes from the offer and cannot change; the terms can.
    const parties = form.getByRole('region', { name: 'Parties' });
    await parties.getByText('Spring trail launch', { exact: true }).waitFor();
    await parties.getByText('Lena Hart (@lena.trails)', { exact: true }).waitFor();
    expect(await parties.getByRole('combobox').count()).toBe(0);
    expect(await form.getByLabel('Compensation', { exact: true }).inputValue()).toBe('150.00');
    expect(await form.getByLabel('Compensation type').inputValue()).toBe('per_post');
    const row = form.getByRole('group', { name: 'Deliverable 1', exact: true });
    expect(await row.getByLabel('Type').inputValue()).toBe('story');
    expect(await row.getByLabel('Quantity').inputValue()).toBe('3');
    expect(await form.getByLabel('Start date').inputValue()).toBe('2027-03-01');
    expect(await form.getByLabel('End date').inputValue()).toBe('2027-04-30');

    const body = nextRequest(page, 'POST', new RegExp(`${C}$`));
    await form.getByRole('button', { name: 'Create contract' }).click();
    expect(await body).toMatchObject({
      campaignId,
      influencerId: lenaId,
      offerId: offer.id,
      compensation: '150.00',
      currency: 'USD',
      compensationType: 'per_post',
      deliverables: [{ type: 'story', platform: 'instagram', quantity: 3 }],
    });
    await page.waitForURL(/\/contracts\/[0-9a-f-]{36}$/);
    const fromOffer = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { name: 'Contract with Lena Hart', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Terms' }).getByText('The accepted offer of the negotiation').waitFor();
    // The offer's 150.00 became the contract's: nothing more is reserved.
    expect((await stats()).budgetAllocated).toBe('900.00');

    // The same link again: the API refuses a second contract from the offer, and the form links to the first.
    await page.goto(link);
    await form.getByRole('button', { name: 'Create contract' }).click();
    const refusal = form.getByRole('alert').filter({ hasText: 'The contract was not saved' });
    await refusal.getByText('A contract was already written from this offer', { exact: false }).waitFor();
    await refusal.getByRole('link', { name: 'Open the contract already written' }).click();
    await page.waitForURL(new RegExp(`/contracts/${fromOffer}$`));
    expect(cspErrors.splice(0)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
