import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/harness';
import { startSmtpPeer, type SmtpPeer } from '../../api/test/peers/smtp-peer';

const root = join(__dirname, '..', '..', '..');
const shots = process.env.UPDATE_SCREENSHOTS ? join(root, 'docs', 'screenshots') : join(root, 'tmp', 'screenshots');
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Where a screenshot goes: docs/screenshots with UPDATE_SCREENSHOTS=1, else tmp/screenshots. */
export function shotPath(file: string): string {
  mkdirSync(shots, { recursive: true });
  return join(shots, file);
}

/**
 * The real API serving the built SPA on a database of its own, and headless Chromium on it. Page
 * errors are collected into `pageErrors` so each test can assert there were none. `env` adds to the
 * API's configuration (e.g. SMTP_URL of a local SMTP peer).
 */
export async function startBrowserApp(pageErrors: string[], env: Record<string, string> = {}): Promise<{ t: TestApp; base: string; browser: Browser; page: Page }> {
  // ENCRYPTION_KEY as `npm start` sets it, so stored secrets (the reply mailbox) work as in production.
  const t = await startTestApp({ WEB_DIST: join(root, 'dist', 'apps', 'web'), ENCRYPTION_KEY: randomBytes(32).toString('base64'), ...env });
  await t.app.listen(0, '127.0.0.1');
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return { t, base, browser, page };
}

export interface BrowserSuite {
  t: TestApp;
  base: string;
  browser: Browser;
  page: Page;
  pageErrors: string[];
}

/**
 * Starts the app and the browser before the describe's tests and stops both after them. `env` is
 * read when the app starts, so it may name peers started by an earlier beforeAll.
 */
export function browserSuite(env: () => Record<string, string> = () => ({})): BrowserSuite {
  const suite = { pageErrors: [] as string[] } as BrowserSuite;
  beforeAll(async () => {
    Object.assign(suite, await startBrowserApp(suite.pageErrors, env()));
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.t?.close();
  });
  return suite;
}

/**
 * A browser suite whose app sends email to a local SMTP peer (`suite.smtp`): the peer starts before
 * the app and stops after it has closed (with its pooled connections). `env` adds to the app's.
 */
export function smtpBrowserSuite(env: Record<string, string> = {}): BrowserSuite & { smtp: SmtpPeer } {
  let smtp: SmtpPeer | undefined;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    suite.smtp = smtp;
  });
  const suite = browserSuite(() => ({ SMTP_URL: smtp!.url, EMAIL_DOMAIN_RATE_PER_SECOND: '100', ...env })) as BrowserSuite & { smtp: SmtpPeer };
  afterAll(async () => {
    await smtp?.stop();
  });
  return suite;
}

/** The token of the session the SPA keeps (read in the page, as a string: this file needs no DOM types). */
export async function sessionToken(page: Page): Promise<string> {
  const token = (JSON.parse((await page.evaluate("localStorage.getItem('parley.session')")) as string) as { token: string }).token;
  expect(token).toEqual(expect.any(String));
  return token;
}

/** Registers a new store through the SPA, from the sign-in page, and returns its session token. */
export async function signUp(page: Page, base: string, storeName: string, emailPrefix: string): Promise<string> {
  await page.goto(`${base}/`);
  await page.waitForURL(/\/login/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Store name').fill(storeName);
  await page.getByLabel('Email').fill(`${emailPrefix}-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/campaigns$/);
  return sessionToken(page);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's source, evaluated through the DevTools protocol (our CSP rightly refuses inline script tags). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The page's serious and critical WCAG 2.1 A/AA violations by axe-core, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`)) as AxeViolation[];
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
