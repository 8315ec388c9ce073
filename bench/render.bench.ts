/**
 * `npm run bench -- render [n]`: renders n personalised emails (default 10,000) with the default
 * first-email template through the one renderer (Handlebars, offline writer for the compliment and
 * brand alignment, HTML part, limits), and, as a baseline in the same run, the same template with a
 * bare string replace of fixed values. Prints messages/s for both and their ratio.
 */
import 'reflect-metadata';
import { DEFAULT_TEMPLATES } from '../libs/server/templates/src/lib/default-templates';
import { creators, offlineRenderer, subjectFor } from '../libs/server/templates/src/testing/test-subjects';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  const template = DEFAULT_TEMPLATES.find((t) => t.channel === 'email' && t.templateType === 'initial_outreach')!;
  const subjects = creators(n).map((c) => subjectFor(c));
  const renderer = offlineRenderer();

  await renderer.render(template, subjects[0]); // compile once, warm the JIT
  const t0 = performance.now();
  let bytes = 0;
  for (const s of subjects) bytes += (await renderer.render(template, s)).bytes;
  const renderMs = performance.now() - t0;

  const fixed: Record<string, string> = { influencer_first_name: 'Maya', sender_name: 'Maya', store_name: 'Trailhead', ai_compliment: 'Nice work.', brand_alignment: 'A fit.', campaign_name: 'Spring', deliverables: '2 reels' };
  const t1 = performance.now();
  let baselineBytes = 0;
  for (let i = 0; i < n; i++) baselineBytes += template.body.replace(/\{\{#?\/?(\w+)[^}]*\}\}/g, (_, k: string) => fixed[k] ?? '').length + i * 0;
  const baselineMs = performance.now() - t1;

  const rate = (ms: number) => Math.round((n / ms) * 1000);
  console.log(`render: ${n} personalised emails (text + HTML, offline writer) in ${(renderMs / 1000).toFixed(2)} s = ${rate(renderMs)} messages/s (${Math.round(bytes / n)} bytes each on average)`);
  console.log(`baseline: bare string replace of fixed values, ${n} times in ${(baselineMs / 1000).toFixed(3)} s = ${rate(baselineMs)} messages/s (${Math.round(baselineBytes / n)} bytes)`);
  console.log(`ratio: the renderer takes ${(renderMs / baselineMs).toFixed(1)}× the time of a bare replace; target > 2000 messages/s: ${rate(renderMs) > 2000 ? 'met' : 'NOT met'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
