import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/harness';

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
 * errors are collected into `pageErrors` so each test can assert there were none.
 */
export async function startBrowserApp(pageErrors: string[]): Promise<{ t: TestApp; base: string; browser: Browser; page: Page }> {
  const t = await startTestApp({ WEB_DIST: join(root, 'dist', 'apps', 'web') });
  await t.app.listen(0, '127.0.0.1');
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return { t, base, browser, page };
}
