/**
 * `npm run bench -- contracts [n] [inFlight]`: n contract PDFs (default 200) asked for through the
 * API (GET /contracts/:id/pdf), inFlight at once (default 50), rendered by the product's one shared
 * Chromium. Prints PDFs/s, the browser's peak RSS and PSS (all its processes, sampled every 50 ms) and how
 * many browsers ran. Baseline in the same run: the naive way, a fresh Chromium launched per PDF for
 * the same HTML (10 PDFs), and the ratio. Target: ≥ 10 PDFs/s with one browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { PdfRenderer, contractHtml, type ContractDocumentInput } from '@parley/server-contracts';
import puppeteer from 'puppeteer-core';
import { benchApp, importCreators } from './bench-app';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** The process and every descendant of it (Chromium's renderer, GPU and utility processes). */
function treeOf(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))![1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...(parents.get(all[i]) ?? []));
  return all;
}

/** RSS and PSS of a process in KiB: RSS counts the pages Chromium's processes share once per process, PSS divides them among the sharers. */
const memoryKb = (pid: number) => {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return { rss: Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0), pss: Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) };
  } catch {
    return { rss: 0, pss: 0 };
  }
};

/** Chromium browsers (not their helper processes) started by this process: the product's renderer runs in it. */
const browsersOfThisProcess = () =>
  treeOf(process.pid).filter((pid) => {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return /chrom(e|ium)$/.test(argv[0]) && !argv.some((a) => a.startsWith('--type='));
    } catch {
      return false;
    }
  }).length;

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 200);
  const inFlight = Number(process.argv[3] ?? 50);
  const app = await benchApp({ PDF_CONCURRENCY: process.env.PDF_CONCURRENCY ?? '3', PDF_CHROMIUM_SINGLE_PROCESS: process.env.PDF_CHROMIUM_SINGLE_PROCESS ?? 'true' });
  try {
    const creators = await importCreators(app, Math.min(n, 200));
    const campaign = await app.call<{ id: string }>('POST', '/api/influencer/outreach/campaigns', { name: 'Spring Trail Series', objective: 'awareness', budget: '10000000.00', deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }] });
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = await app.call<{ id: string }>('POST', '/api/influencer/outreach/contracts', {
        campaignId: campaign.id,
        influencerId: creators[i % creators.length],
        deliverables: [
          { type: 'reel', platform: 'instagram', quantity: 1 + (i % 4), dueDate: '2027-03-20T12:00:00.000Z' },
          { type: 'story', platform: 'instagram', quantity: 2 + (i % 5) },
        ],
        compensation: `${500 + i}.00`,
        compensationType: 'flat_fee',
        startDate: '2027-03-15T12:00:00.000Z',
        endDate: '2027-04-30T12:00:00.000Z',
        contentGuidelines: `Show the TrailGrip 3 on a muddy trail, contract ${i}. Natural light, no filters.`,
        mustInclude: ['#TrailheadPartner', '@trailhead.running'],
        mustAvoid: ['competitor brands', 'medical claims'],
        exclusivity: i % 2 === 0,
        usageRights: 'perpetual',
      });
      ids.push(k.id);
    }

    // Warm: the first PDF starts the browser.
    await fetch(`${app.base}/api/influencer/outreach/contracts/${ids[0]}/pdf`, { headers: { authorization: `Bearer ${app.token}` } }).then((r) => r.arrayBuffer());
    const renderer = app.nest.get(PdfRenderer);
    const browserPid = (await renderer.browserPid())!;
    let peakKb = 0;
    let peakPssKb = 0;
    let peakBrowsers = 0;
    const sampler = setInterval(() => {
      const tree = treeOf(browserPid).map(memoryKb);
      peakKb = Math.max(peakKb, tree.reduce((sum, m) => sum + m.rss, 0));
      peakPssKb = Math.max(peakPssKb, tree.reduce((sum, m) => sum + m.pss, 0));
      peakBrowsers = Math.max(peakBrowsers, browsersOfThisProcess());
    }, 50);

    let next = 0;
    let bytes = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < ids.length) {
          const id = ids[next++];
          const r = await fetch(`${app.base}/api/influencer/outreach/contracts/${id}/pdf`, { headers: { authorization: `Bearer ${app.token}` } });
          if (r.status !== 200) throw new Error(`GET pdf → ${r.status}`);
          bytes += (await r.arrayBuffer()).byteLength;
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const rate = n / seconds;

    // Baseline: a browser launched for each PDF, the same document.
    const sample: ContractDocumentInput = {
      id: ids[0],
      brandName: 'Trailhead Running Co',
      brandEmail: 'alex@trailhead.example.com',
      influencerName: 'Creator 0',
      influencerHandle: 'bench_0',
      influencerEmail: 'creator.0@creators0.example.com',
      campaignName: 'Spring Trail Series',
      deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }],
      compensation: '500.00',
      currency: 'USD',
      compensationType: 'flat_fee',
      startDate: new Date('2027-03-15T12:00:00.000Z'),
      endDate: new Date('2027-04-30T12:00:00.000Z'),
      contentGuidelines: 'Show the TrailGrip 3 on a muddy trail.',
      mustInclude: ['#TrailheadPartner'],
      mustAvoid: ['medical claims'],
      exclusivity: true,
      usageRights: 'perpetual',
      clauses: [],
      preparedAt: new Date(),
    };
    const baselineN = 10;
    const t1 = performance.now();
    for (let i = 0; i < baselineN; i++) {
      const browser = await puppeteer.launch({ executablePath: app.config.CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
      const page = await browser.newPage();
      await page.setContent(contractHtml(sample), { waitUntil: 'load' });
      await page.pdf({ format: 'A4' });
      await browser.close();
    }
    const baselineRate = baselineN / ((performance.now() - t1) / 1000);

    console.log(`contracts: ${n} contract PDFs through GET /contracts/:id/pdf, ${inFlight} in flight, PDF_CONCURRENCY=${app.config.PDF_CONCURRENCY}, PDF_CHROMIUM_SINGLE_PROCESS=${app.config.PDF_CHROMIUM_SINGLE_PROCESS}`);
    console.log(`  ${seconds.toFixed(2)} s = ${rate.toFixed(1)} PDFs/s (${Math.round(bytes / n / 1024)} KiB each on average)`);
    console.log(`  browser peak RSS ${(peakKb / 1024).toFixed(0)} MiB summed over its processes (PSS ${(peakPssKb / 1024).toFixed(0)} MiB, shared pages counted once); browsers running at most: ${peakBrowsers}`);
    console.log(`baseline: a fresh Chromium per PDF, ${baselineN} PDFs: ${baselineRate.toFixed(2)} PDFs/s`);
    console.log(`ratio: ${(rate / baselineRate).toFixed(1)}× the baseline; target ≥ 10 PDFs/s with one browser: ${rate >= 10 && peakBrowsers <= 1 ? 'met' : 'NOT met'}`);
  } finally {
    await app.close();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
