import type { CampaignPerformanceDto, PerformanceFigures } from '@parley/shared-types';

const FIGURES: (keyof PerformanceFigures)[] = ['spend', 'views', 'likes', 'comments', 'shares', 'engagements', 'engagementRate', 'clicks', 'cpe', 'cpm', 'cpc', 'deliveries', 'published'];

/**
 * One CSV cell (RFC 4180 quoting). Text that a spreadsheet would read as a formula (=, +, -, @ first)
 * is prefixed with an apostrophe: a creator's display name must not run in someone's Excel.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The per-creator table with a totals row: figures exactly as the API gives them (null is an empty cell). */
export function performanceCsv(p: CampaignPerformanceDto): string {
  const header = ['influencerId', 'username', 'displayName', 'platform', ...FIGURES];
  const rows = p.influencers.map((r) => [r.influencerId, r.username, r.displayName, r.platform, ...FIGURES.map((f) => r[f])]);
  const total = ['total', '', '', '', ...FIGURES.map((f) => p.totals[f])];
  return [header, ...rows, total].map((row) => row.map((v) => csvCell(v as string | number | null)).join(',')).join('\r\n') + '\r\n';
}
