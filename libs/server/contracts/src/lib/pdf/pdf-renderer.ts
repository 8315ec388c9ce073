import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@parley/server-core';
import pLimit from 'p-limit';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
const RENDER_TIMEOUT_MS = 30_000;

/**
 * HTML to PDF with one shared Chromium. The document sets its own page size, margins and page
 * footers (CSS @page margin boxes: Chromium's separate header/footer templates cost a render per page). The browser starts on the first render and is started again
 * if it dies; pages are kept and reused, and at most PDF_CONCURRENCY render at once (the rest wait
 * in line), so fifty contracts at once never start fifty browsers. Every page has JavaScript off and
 * answers every request it would make (http, https, file, data) with a block: the document is
 * rendered from its HTML alone. By default Chromium runs as one process (PDF_CHROMIUM_SINGLE_PROCESS):
 * with the page unable to run script or load anything, process isolation guards little, and a
 * print-compositor process per PDF cost more than the rendering.
 */
@Injectable()
export class PdfRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger(PdfRenderer.name);
  private readonly inLine: ReturnType<typeof pLimit>;
  private browser?: Promise<Browser>;
  private idle: Page[] = [];
  private closing = false;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'CHROMIUM_PATH' | 'PDF_CONCURRENCY' | 'PDF_CHROMIUM_SINGLE_PROCESS'>) {
    this.inLine = pLimit(config.PDF_CONCURRENCY);
  }

  render(html: string): Promise<Buffer> {
    return this.inLine(() => this.renderNow(html));
  }

  /** The browser's process id, for the benchmark's memory figure (undefined before the first render). */
  async browserPid(): Promise<number | undefined> {
    return this.browser ? (await this.browser).process()?.pid : undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    const browser = this.browser;
    this.browser = undefined;
    this.idle = [];
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
  }

  private async renderNow(html: string): Promise<Buffer> {
    const page = this.idle.pop() ?? (await this.newPage());
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: RENDER_TIMEOUT_MS });
      this.idle.push(page);
      return Buffer.from(pdf);
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  }

  private async newPage(): Promise<Page> {
    const page = await (await this.started()).newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      this.logger.warn({ url: request.url().slice(0, 200) }, 'blocked a request from a PDF page');
      void request.abort('blockedbyclient').catch(() => undefined);
    });
    return page;
  }

  private started(): Promise<Browser> {
    if (this.closing) return Promise.reject(new Error('the PDF renderer is shutting down'));
    this.browser ??= puppeteer
      .launch({ executablePath: this.config.CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...(this.config.PDF_CHROMIUM_SINGLE_PROCESS ? ['--single-process'] : [])], headless: true })
      .then((browser) => {
        browser.once('disconnected', () => {
          // A crashed browser is started afresh on the next render; its pages went with it.
          this.browser = undefined;
          this.idle = [];
          if (!this.closing) this.logger.warn('the PDF browser went away; the next render starts a new one');
        });
        return browser;
      })
      .catch((error: unknown) => {
        this.browser = undefined;
        throw new Error(`could not start Chromium at CHROMIUM_PATH=${this.config.CHROMIUM_PATH}: ${(error as Error).message}`);
      });
    return this.browser;
  }
}
