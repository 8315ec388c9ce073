import type { CampaignPerformanceDto } from '@parley/shared-types';
import { compareMoney, subtractMoney } from '@parley/shared-types';
import { memo, useId, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, LabelList, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact, formatDay, formatInteger, formatMoney } from '@/lib/format';

/** The stylesheet's tokens, as SVG attributes cannot read CSS variables. */
const COLORS = { primary: '#4f46e5', accent: '#6927da', success: '#067647', remaining: '#98a2b3', danger: '#b42318', text: '#535c6b', grid: '#e2e5ea' };

const FUNNEL = [
  { key: 'contacted', label: 'Contacted' },
  { key: 'opened', label: 'Opened' },
  { key: 'replied', label: 'Replied' },
  { key: 'interested', label: 'Interested' },
  { key: 'contracted', label: 'Contracted' },
  { key: 'published', label: 'Published' },
] as const;

/** A decimal string as a number for a bar's length only; every label shows the string itself. */
const plotNumber = (value: string): number => Number(value);

/** Animations are decoration: none for people who asked for less motion. */
const animate = typeof window !== 'undefined' && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

const axisTick = { fill: COLORS.text, fontSize: 12 };

/** A chart with its title, and its figures as a table for screen readers (the drawing itself is hidden from them). */
function ChartFigure({ title, summary, children, table }: { title: string; summary?: string; children: ReactNode; table: ReactNode }) {
  const id = useId();
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      {summary && <p className="muted small">{summary}</p>}
      <div className="chart__plot" aria-hidden="true">
        {children}
      </div>
      <div className="visually-hidden">{table}</div>
    </figure>
  );
}

function FiguresTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([first, ...rest]) => (
          <tr key={first}>
            <th scope="row">{first}</th>
            {rest.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Contacted → opened → replied → interested → contracted → published, as bars with their counts. */
export function PerformanceFunnel({ funnel }: { funnel: CampaignPerformanceDto['funnel'] }) {
  const data = FUNNEL.map(({ key, label }) => ({ label, value: funnel[key] }));
  return (
    <ChartFigure
      title="Funnel"
      table={<FiguresTable caption="Funnel figures" head={['Stage', 'Count']} rows={data.map((d) => [d.label, formatInteger(d.value)])} />}
    >
      <ResponsiveContainer width="100%" height={250}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={COLORS.grid} />
          <XAxis type="number" allowDecimals={false} tick={axisTick} />
          <YAxis type="category" dataKey="label" width={88} tick={axisTick} />
          <Tooltip formatter={(value) => formatInteger(Number(value))} />
          <Bar dataKey="value" name="Count" isAnimationActive={animate} radius={[0, 4, 4, 0]}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.label === 'Published' ? COLORS.accent : COLORS.primary} />
            ))}
            <LabelList dataKey="value" position="right" className="chart__label" formatter={(value) => formatInteger(Number(value))} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** What the signed contracts cost beside what the campaign may spend; amounts as the API gives them. */
export function SpendAgainstBudget({ budget, spend }: { budget: string; spend: string }) {
  const over = compareMoney(spend, budget) > 0;
  const left = subtractMoney(budget, spend);
  const data = [
    { label: 'Budget', value: plotNumber(budget), text: formatMoney(budget), color: COLORS.remaining },
    { label: 'Spend', value: plotNumber(spend), text: formatMoney(spend), color: over ? COLORS.danger : COLORS.success },
  ];
  const summary = over ? `Over budget by ${formatMoney(subtractMoney(spend, budget))}.` : `${formatMoney(left)} of the budget not committed.`;
  return (
    <ChartFigure
      title="Spend against budget"
      summary={summary}
      table={<FiguresTable caption="Spend and budget" head={['', 'Amount']} rows={data.map((d) => [d.label, d.text])} />}
    >
      <ResponsiveContainer width="100%" height={140}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 90, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="label" width={64} tick={axisTick} />
          <Bar dataKey="value" isAnimationActive={animate} radius={[0, 4, 4, 0]}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.color} />
            ))}
            <LabelList dataKey="text" position="right" className="chart__label" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** Engagements (bars) and views (line) per post day of the published deliveries. */
export function EngagementsOverTime({ timeline }: { timeline: CampaignPerformanceDto['timeline'] }) {
  if (!timeline.length) {
    return (
      <figure className="card chart">
        <figcaption className="chart__title">Engagements over time</figcaption>
        <p className="muted small">Nothing published yet: each published delivery’s engagements and views show here by its post date.</p>
      </figure>
    );
  }
  const data = timeline.map((t) => ({ ...t, day: formatDay(t.date) }));
  return (
    <ChartFigure
      title="Engagements over time"
      summary="By post date; engagements are likes, comments and shares."
      table={
        <FiguresTable
          caption="Engagements and views by post date"
          head={['Day', 'Engagements', 'Views', 'Published']}
          rows={data.map((d) => [d.day, formatInteger(d.engagements), formatInteger(d.views), formatInteger(d.published)])}
        />
      }
    >
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={COLORS.grid} />
          <XAxis dataKey="day" tick={axisTick} />
          <YAxis yAxisId="engagements" allowDecimals={false} tick={axisTick} tickFormatter={(v: number) => formatCompact(v)} />
          <YAxis yAxisId="views" orientation="right" allowDecimals={false} tick={axisTick} tickFormatter={(v: number) => formatCompact(v)} />
          <Tooltip formatter={(value) => formatInteger(Number(value))} />
          <Legend />
          <Bar
            yAxisId="engagements"
            dataKey="engagements"
            name="Engagements"
            fill={COLORS.primary}
            isAnimationActive={animate}
            radius={[4, 4, 0, 0]}
            maxBarSize={48}
          />
          <Line yAxisId="views" dataKey="views" name="Views" stroke={COLORS.accent} strokeWidth={2} isAnimationActive={animate} dot />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** The dashboard's charts, in their own chunk: the charting library loads with the first dashboard. */
function PerformanceCharts({ performance }: { performance: CampaignPerformanceDto }) {
  return (
    <div className="charts">
      <PerformanceFunnel funnel={performance.funnel} />
      <SpendAgainstBudget budget={performance.budget} spend={performance.totals.spend} />
      <EngagementsOverTime timeline={performance.timeline} />
    </div>
  );
}

/** What the charts draw: another sort or page of the creators' table changes none of it. */
const charted = (p: CampaignPerformanceDto) => JSON.stringify([p.funnel, p.budget, p.totals.spend, p.timeline]);

// Redrawn (and re-animated) only when a figure it draws changes.
export default memo(PerformanceCharts, (before, after) => charted(before.performance) === charted(after.performance));
