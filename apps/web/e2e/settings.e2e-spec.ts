/**
 * Channels, AI usage and drafts in the SPA, in headless Chromium against the real API and database:
 * register, read what each channel can do, set the email sender identity (a bad From address
 * refused inline by the API's 422), see email connected, see AI usage in its offline state, then
 * draft a first email for a creator from the influencers table. Then the do-not-contact list, as
 * a second store in a page of its own: add an address, add it again, search for it and remove it.
 * UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import type { TestApp } from '../../api/test/harness';
import { browserSuite, shotPath, signUp } from './browser-harness';


describe('SPA settings and drafts in a real browser', () => {
  const suite = browserSuite();

  it('shows what each channel can do, sets the email sender (refusing a bad address inline), shows AI usage offline and drafts a first email', async () => {
    const { t, base, page, pageErrors } = suite;
    const token = await signUp(page, base, 'Trailhead Outfitters', 'settings');
    const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);

    // Channels: what each can do, in plain words; nothing is connected yet.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings$/);
    const channels = page.getByRole('region', { name: 'Channels' });
    const email = channels.getByRole('article', { name: 'Email' });
    const instagram = channels.getByRole('article', { name: 'Instagram DM' });
    const tiktok = channels.getByRole('article', { name: 'TikTok DM' });
    await email.getByText('Can start a conversation').waitFor();
    await email.getByText('Not connected', { exact: true }).waitFor();
    await email.getByRole('heading', { name: 'No sender identity yet' }).waitFor();
    await instagram.getByText('Replies only: Instagram lets a business answer within 24 hours of the creator’s last message').waitFor();
    await instagram.getByText(/Up to 1,000 bytes per message/).waitFor();
    await instagram.getByRole('form', { name: 'Connect Instagram' }).waitFor();
    await tiktok.getByText('Up to 10 messages per 48 hours').waitFor();
    await tiktok.getByText('Not available in the EEA, Switzerland or the UK').waitFor();
    await tiktok.getByText('Up to 6,000 characters per message').waitFor();
    await tiktok.getByText('Not connected', { exact: true }).waitFor();

    // The sender identity: an address the API refuses (no underscores in a domain) shows its 422 on the field.
    await email.getByRole('button', { name: 'Set sender identity' }).click();
    await email.getByLabel('From name').fill('Sam from Trailhead');
    await email.getByLabel('From address').fill('sam@trailhead_outfitters.com');
    await email.getByRole('button', { name: 'Save sender identity' }).click();
    await email.getByText('fromEmail must be a valid email address').waitFor();
    expect(await email.getByLabel('From address').getAttribute('aria-invalid')).toBe('true');
    await auth(t.http.get('/api/channels/email')).expect(404);

    await email.getByLabel('From address').fill('Sam@Trailhead.example.com');
    expect(await email.getByLabel('From address').getAttribute('aria-invalid')).toBe('false');
    await email.getByRole('button', { name: 'Save sender identity' }).click();
    await email.getByText('Saved', { exact: true }).waitFor();
    await email.getByText('Connected', { exact: true }).waitFor();
    expect(await email.getByLabel('From address').inputValue()).toBe('sam@trailhead.example.com');
    await email.getByRole('button', { name: 'Remove sender identity' }).waitFor();
    const saved = await auth(t.http.get('/api/channels/email')).expect(200);
    expect(saved.body.data).toMatchObject({ fromName: 'Sam from Trailhead', fromEmail: 'sam@trailhead.example.com', replyDomain: null });
    const listed = await auth(t.http.get('/api/channels')).expect(200);
    expect(listed.body.data.channels.find((c: { channel: string }) => c.channel === 'email')).toMatchObject({ connected: true });

    // The reply mailbox: stored encrypted, shown without its password, removable.
    const mailbox = email.getByRole('region', { name: 'Reply mailbox (optional)' });
    await mailbox.getByLabel('Mailbox URL').fill('imaps://replies%40trailhead.example.com:app-password@imap.example.com/INBOX');
    await mailbox.getByRole('button', { name: 'Save mailbox' }).click();
    await mailbox.getByText('Reading replies from', { exact: false }).waitFor();
    expect(await mailbox.textContent()).not.toContain('app-password');
    expect((await auth(t.http.get('/api/channels/email')).expect(200)).body.data.imap).toMatchObject({ host: 'imap.example.com', user: 'replies@trailhead.example.com' });
    await mailbox.getByRole('button', { name: 'Remove mailbox' }).click();
    await mailbox.getByText('None.', { exact: false }).waitFor();

    // AI usage: no model in tests, so the offline writer does the work and nothing is counted.
    const ai = page.getByRole('region', { name: 'AI usage' });
    await ai.getByText(/The offline writer is in use/).waitFor();
    await ai.getByText(/costs nothing/).waitFor();
    await ai.getByRole('heading', { name: 'Nothing used in the last 30 days' }).waitFor();
    await page.evaluate("document.getElementById('channels-title').scrollIntoView()");
    await page.screenshot({ path: shotPath('settings.png') });

    // A creator to draft for, added through the API so this part is about the draft.
    await auth(t.http.post('/api/influencers'))
      .send({
        username: 'maya.runs',
        platform: 'instagram',
        displayName: 'Maya Lopez',
        email: 'maya@example.com',
        followersCount: 48200,
        engagementRate: 4.2,
        niche: ['running'],
      })
      .expect(201);

    // A first email from the table's row action: the offline writer renders the default template.
    await page.getByRole('link', { name: 'Influencers' }).click();
    await page.waitForURL(/\/influencers$/);
    await page.getByRole('button', { name: 'Draft message for @maya.runs (instagram)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Draft a message' });
    await dialog.getByText('Maya Lopez (@maya.runs, instagram)').waitFor();
    expect(await dialog.getByLabel('Channel').inputValue()).toBe('email');
    expect(await dialog.getByRole('radio', { name: /First message/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Draft', exact: true }).click();
    const result = dialog.getByRole('region', { name: 'Drafted message' });
    await result.getByText('From your default template').waitFor();
    const subject = await result.getByLabel('Subject', { exact: true }).inputValue();
    const body = await result.getByLabel('Body', { exact: true }).inputValue();
    expect(subject.trim()).not.toBe('');
    expect(body.trim()).not.toBe('');
    expect(body).toContain('Maya');
    expect(body).not.toMatch(/\{\{|\}\}/);
    await result.getByRole('button', { name: 'Copy body' }).waitFor();
    await result.getByRole('button', { name: 'Copy subject' }).waitFor();
    await dialog.getByRole('button', { name: 'Draft again' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('adds an address to the do-not-contact list (a bad one refused inline), says when it is already listed, finds it and removes it', async () => {
    const { t, base, browser, pageErrors } = suite;
    // A page of its own (a fresh context, so no session) and a store of its own.
    const own = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    own.on('pageerror', (e) => pageErrors.push(String(e)));
    const token = await signUp(own, base, 'Summit Supply', 'suppressions');
    const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);

    await own.getByRole('link', { name: 'Settings' }).click();
    await own.waitForURL(/\/settings$/);
    const list = own.getByRole('region', { name: 'Do-not-contact list' });
    await list.getByText(/Parley never emails these addresses/).waitFor();
    await list.getByRole('heading', { name: 'No addresses on the list' }).waitFor();

    // An address the API refuses (no underscores in a domain) shows its 422 on the field.
    const address = list.getByLabel('Email address');
    await address.fill('maya@trail_head.com');
    await list.getByRole('button', { name: 'Add address' }).click();
    await list.getByText('email must be a valid email address').waitFor();
    expect(await address.getAttribute('aria-invalid')).toBe('true');

    // Added by hand, with a note: listed with its reason in plain words.
    await address.fill('Maya@Example.com');
    expect(await address.getAttribute('aria-invalid')).toBe('false');
    await list.getByLabel('Note (optional)').fill('Asked by DM not to be emailed');
    await list.getByRole('button', { name: 'Add address' }).click();
    await list.getByText('“maya@example.com” is on the list: Parley will not email it.').waitFor();
    const row = list.getByRole('row', { name: /maya@example\.com/ });
    await row.getByText('Added by hand').waitFor();
    await row.getByText('Asked by DM not to be emailed').waitFor();
    expect(await address.inputValue()).toBe('');

    // Again: the API keeps the first entry and the form says so.
    await address.fill('maya@example.com');
    await list.getByRole('button', { name: 'Add address' }).click();
    await list.getByText('Already on the list').waitFor();
    await list.getByText(/“maya@example\.com” was listed on .* \(Added by hand\)\. That entry is kept as it was\./).waitFor();
    expect(await list.getByRole('row', { name: /maya@example\.com/ }).count()).toBe(1);
    await own.evaluate("document.getElementById('suppressions-title').scrollIntoView()");
    await own.screenshot({ path: shotPath('settings-suppressions.png') });

    // Search: another address finds nothing, part of this one finds it.
    const search = list.getByRole('searchbox', { name: 'Search addresses' });
    await search.fill('nobody');
    await list.getByRole('heading', { name: 'No matching addresses' }).waitFor();
    await search.fill('MAYA@');
    await list.getByText('1 found for “MAYA@”.').waitFor();
    await row.waitFor();

    // Remove, after a confirm that says the address may be contacted again.
    await list.getByRole('button', { name: 'Remove maya@example.com' }).click();
    const confirm = own.getByRole('dialog', { name: 'Remove from the do-not-contact list?' });
    await confirm.getByText('Parley may contact “maya@example.com” again', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Remove address' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await list.getByRole('heading', { name: 'No matching addresses' }).waitFor();
    await search.fill('');
    await list.getByRole('heading', { name: 'No addresses on the list' }).waitFor();

    const stored = await auth(t.http.get('/api/suppressions')).expect(200);
    expect(stored.body.data.suppressions).toEqual([]);
    expect(stored.body.data.pagination).toMatchObject({ total: 0 });
    expect(pageErrors).toEqual([]);
    await own.close();
  });
});
