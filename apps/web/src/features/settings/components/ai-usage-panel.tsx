import type { AiUsageDto } from '@parley/shared-types';
import { Badge } from '@/components/ui/badge';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { StatTile, StatTiles } from '@/components/ui/stat-tile';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { formatDay, formatInteger } from '@/lib/format';
import { useAiUsage } from '../api/get-ai-usage';

/** The period shown: the API's default. */
const DAYS = 30;
const DAY_MS = 86_400_000;

export function AiUsagePanel() {
  const usage = useAiUsage(DAYS);
  return (
    <section className="card stack" aria-labelledby="ai-usage-title">
      <div>
        <h2 id="ai-usage-title" className="section-title">
          AI usage
        </h2>
        <p className="muted small">Language-model calls made for this store in the last {DAYS} days, for personalised lines and drafted messages.</p>
      </div>
      {usage.isPending ? (
        <RowsSkeleton label="Loading AI usage" rows={3} />
      ) : usage.isError ? (
        <ErrorState title="Could not load AI usage" error={usage.error} onRetry={() => void usage.refetch()} />
      ) : (
        <UsageReport usage={usage.data} />
      )}
    </section>
  );
}

function UsageReport({ usage }: { usage: AiUsageDto }) {
  const { enabled, model, days, totals } = usage;
  return (
    <>
      {enabled ? (
        <p className="row">
          <Badge tone="success">Model on</Badge>
          <span>
            A language model is configured: <code>{model}</code>.
          </span>
        </p>
      ) : (
        <p className="row">
          <Badge>Offline</Badge>
          <span>No language model is configured. The offline writer is in use: it personalises messages from each creator’s profile and costs nothing.</span>
        </p>
      )}
      {days.length === 0 ? (
        <EmptyState level={3} title={`Nothing used in the last ${DAYS} days`}>
          {enabled
            ? 'Calls show here once messages with personalised lines are previewed or sent, or drafts are written by the model.'
            : 'The offline writer makes no model calls, so there is nothing to count.'}
        </EmptyState>
      ) : (
        <>
          <StatTiles label={`AI usage, last ${DAYS} days`}>
            <StatTile label="Calls" value={formatInteger(totals.calls)} />
            <StatTile label="Failures" value={formatInteger(totals.failures)} hint="the offline fallback was used" />
            <StatTile label="Cache hits" value={formatInteger(totals.cacheHits)} hint="answers reused without a call" />
            <StatTile label="Prompt tokens" value={formatInteger(totals.promptTokens)} />
            <StatTile label="Completion tokens" value={formatInteger(totals.completionTokens)} />
          </StatTiles>
          <CallsChart days={days} />
        </>
      )}
    </>
  );
}

/** The last `count` calendar days up to today, oldest first, as the API's YYYY-MM-DD (UTC, like its rows). */
function lastDays(count: number, now = new Date()): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) => new Date(today - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

/** Plot units: each day is a 10-wide column, bars 100 high at most; the SVG stretches to its box. */
const COLUMN = 10;
const HEIGHT = 100;

/** Calls per day (every model added up) as columns, with empty days kept so the time axis is even. */
function CallsChart({ days }: { days: AiUsageDto['days'] }) {
  const calls = new Map<string, number>();
  for (const row of days) calls.set(row.day, (calls.get(row.day) ?? 0) + row.calls);
  const series = lastDays(DAYS).map((day) => ({ day, calls: calls.get(day) ?? 0 }));
  const busiest = series.reduce((top, point) => (point.calls > top.calls ? point : top), series[0]);
  const scale = Math.max(1, busiest.calls);
  const total = series.reduce((sum, point) => sum + point.calls, 0);
  const summary =
    total === 0
      ? `No calls in the last ${DAYS} days.`
      : `${formatInteger(total)} calls in the last ${DAYS} days; the busiest day was ${formatDay(busiest.day)} with ${formatInteger(busiest.calls)}.`;

  return (
    <figure className="usage-chart">
      <figcaption className="usage-chart__caption">
        <span className="usage-chart__title">Calls per day</span>
        <span className="muted small">{summary}</span>
      </figcaption>
      <svg
        className="usage-chart__plot"
        viewBox={`0 0 ${DAYS * COLUMN} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Calls per day. ${summary}`}
      >
        {series.map((point, i) => {
          const height = (point.calls / scale) * HEIGHT;
          return (
            <rect key={point.day} className="usage-chart__bar" x={i * COLUMN + 1.5} y={HEIGHT - height} width={COLUMN - 3} height={height}>
              <title>{`${formatDay(point.day)}: ${formatInteger(point.calls)} ${point.calls === 1 ? 'call' : 'calls'}`}</title>
            </rect>
          );
        })}
        <line className="usage-chart__axis" x1={0} y1={HEIGHT} x2={DAYS * COLUMN} y2={HEIGHT} />
      </svg>
      <div className="usage-chart__scale" aria-hidden="true">
        <span>{formatDay(series[0].day)}</span>
        <span>Most: {formatInteger(busiest.calls)}</span>
        <span>{formatDay(series[series.length - 1].day)}</span>
      </div>
    </figure>
  );
}
