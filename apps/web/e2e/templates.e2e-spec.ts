/**
 * Templates in the SPA, in headless Chromium against the real API and database: register, find the
 * 18 default templates, write an email template in the editor with a placeholder inserted from the
 * variables panel, save it, preview it for a real creator, and see an unknown placeholder refused
 * inline. UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import type { TestApp } from '../../api/test/harness';
import { browserSuite, shotPath, signUp } from './browser-harness';


describe('SPA templates in a real browser', () => {
  const suite = browserSuite();

  it('lists the defaults, writes an email template with a variable from the panel, previews it for a creator and refuses an unknown placeholder inline', async () => {
    const { t, base, page, pageErrors } = suite;
    const token = await signUp(page, base, 'Trailhead Outfitters', 'templates');
    const auth = (request: ReturnType<TestApp['http']['get']>) => request.set('Authorization', `Bearer ${token}`);

    // A creator to preview for, added through the API so this test is about templates.
    await auth(t.http.post('/api/influencers'))
      .send({ username: 'maya.runs', platform: 'instagram', displayName: 'Maya Lopez', followersCount: 48200, engagementRate: 4.2, niche: ['running'] })
      .expect(201);

    // The list: every new store's 18 defaults, grouped by type (3 channels each).
    await page.getByRole('link', { name: 'Templates' }).click();
    await page.waitForURL(/\/templates$/);
    await page.getByText('18 templates').waitFor();
    await page.getByRole('heading', { name: /Initial outreach/ }).waitFor();
    expect(await page.locator('tbody tr').filter({ hasText: 'Default' }).count()).toBe(18);
    for (const type of ['Initial outreach', 'Follow-up 1', 'Follow-up 2', 'Follow-up 3', 'Interested response', 'Negotiation counter']) {
      expect(
        await page
          .getByRole('region', { name: new RegExp(`^${type}`) })
          .locator('tbody tr')
          .count(),
      ).toBe(3);
    }
    await page.getByRole('group', { name: 'Channel' }).getByRole('button', { name: 'Instagram DM' }).click();
    await page.getByText('6 templates for Instagram DM').waitFor();
    await page.getByRole('group', { name: 'Channel' }).getByRole('button', { name: 'All channels' }).click();
    await page.getByText('18 templates', { exact: true }).waitFor();

    // The editor: an email template, {{influencer_name}} inserted at the cursor from the variables panel.
    await page.getByRole('link', { name: 'New template' }).click();
    await page.waitForURL(/\/templates\/new$/);
    await page.getByText('Save the template to preview it').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Trail runners: first email');
    await page.getByLabel('Subject').fill('A trail idea for you');
    await page.getByLabel('Body').click();
    await page.keyboard.type('Hi ');
    await page.getByRole('button', { name: 'Insert {{influencer_name}}' }).click();
    await page.keyboard.type(', your trail runs caught our eye. Would you try the Ridge 2?');
    expect(await page.getByLabel('Body').inputValue()).toBe('Hi {{influencer_name}}, your trail runs caught our eye. Would you try the Ridge 2?');
    await page.getByText(/82 characters \(82 bytes, no length limit\)/).waitFor();
    // Instagram counts bytes against its 1000; a DM has no subject.
    await page.getByLabel('Channel').selectOption('instagram_dm');
    await page.getByText('82 / 1,000 bytes').waitFor();
    expect(await page.getByLabel('Subject').count()).toBe(0);
    await page.getByLabel('Channel').selectOption('email');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.waitForURL(/\/templates\/[0-9a-f-]{36}$/);
    await page.getByText(/Template created/).waitFor();
    const templateId = page.url().split('/').pop()!;

    // The preview: the saved template rendered for Maya, HTML in an empty sandbox.
    const preview = page.getByRole('region', { name: 'Preview', exact: true });
    await preview.getByLabel('Search creators').fill('maya');
    await preview.getByLabel('Creator', { exact: true }).selectOption({ label: 'Maya Lopez (@maya.runs, instagram)' });
    const rendered = preview.getByRole('region', { name: 'Rendered preview' });
    await rendered.getByText('Hi Maya Lopez, your trail runs caught our eye.', { exact: false }).waitFor();
    await rendered.getByText('A trail idea for you').waitFor();
    const frame = rendered.locator('iframe[title="Email as HTML"]');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await rendered.frameLocator('iframe[title="Email as HTML"]').getByText('Hi Maya Lopez', { exact: false }).waitFor();
    await rendered.getByText('The spam check is a guide', { exact: false }).waitFor();
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('templates-editor.png') });

    // Saving renders the preview again from the new text.
    await page.getByLabel('Body').fill('Hello {{influencer_name}}, your trail runs caught our eye.');
    await page.getByText(/You have unsaved changes/).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/^Saved\./).waitFor();
    await rendered.getByText('Hello Maya Lopez, your trail runs caught our eye.').waitFor();

    // An unknown placeholder: the API's 422 shows on the body, naming it; nothing is saved.
    await page.getByLabel('Body').fill('Hello {{influencer_name}}, what is your {{shoe_size}}?');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/unknown placeholder \{\{shoe_size\}\}/).waitFor();
    expect(await page.getByLabel('Body').getAttribute('aria-invalid')).toBe('true');

    // What the page showed is what the API holds.
    const saved = await auth(t.http.get(`/api/influencer/outreach/templates/${templateId}`)).expect(200);
    expect(saved.body.data).toMatchObject({
      name: 'Trail runners: first email',
      channel: 'email',
      templateType: 'initial_outreach',
      subject: 'A trail idea for you',
      body: 'Hello {{influencer_name}}, your trail runs caught our eye.',
      variables: ['influencer_name'],
      isDefault: false,
    });

    // Back on the list it is the 19th; deleting asks first.
    await page.getByRole('link', { name: 'Templates', exact: true }).first().click();
    await page.getByText('19 templates').waitFor();
    await page.getByRole('button', { name: 'Delete Trail runners: first email (Email)' }).click();
    await page.getByRole('dialog', { name: 'Delete template?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('18 templates').waitFor();
    await auth(t.http.get(`/api/influencer/outreach/templates/${templateId}`)).expect(404);
    expect(pageErrors).toEqual([]);
  });
});
