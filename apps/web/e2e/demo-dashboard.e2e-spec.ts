import { axeViolations, browserSuite, shotPath } from './browser-harness';

const PASSWORD = 'Demo-password-2026';

/**
 * The demo store as `npm start` seeds it: its running campaign's dashboard shows the figures the API
 * computes from the seeded rows (and docs/screenshots/performance-dashboard.png with UPDATE_SCREENSHOTS=1).
 */
describe('demo campaign dashboard', () => {
  const s = browserSuite(() => ({ DEMO_SEED: 'true', DEMO_PASSWORD: PASSWORD }));

  it('shows the seeded campaign performance, every figure from the API', async () => {
    const { page, base } = s;
    // No chart animation: the screenshot shows the charts drawn, not half way.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill('demo@parley.example');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/campaigns$/);
    await page.getByRole('link', { name: /Ridge 2 creator series/ }).first().click();
    const performance = page.getByRole('region', { name: 'Performance' });
    await performance.getByText('2,650.00').first().waitFor();
    // The tiles, as the API computes them from the seed's rows (see apps/api/test/demo.e2e-spec.ts).
    for (const figure of ['72,300', '4,924', '983', '0.54', '36.65', '2.70', '3 of 6']) await performance.getByText(figure, { exact: true }).first().waitFor();
    await performance.getByText('1 overdue delivery').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await performance.screenshot({ path: shotPath('performance-dashboard.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
