import { toCents, type Money } from '@parley/shared-types';

// The API carries no currency, so amounts are shown as plain decimals rather than guessing a symbol.
const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat();
const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Formats a decimal string as is: Intl reads the string, so no float ever holds the amount. */
export const formatMoney = (value: Money | null | undefined): string => (value == null ? '—' : money.format(value as `${number}`));

const wholeMoney = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** An amount without its cents when it has none ("1,300", but "99.50"), for grids of round figures such as rate cards. */
export const formatMoneyShort = (value: Money | null | undefined): string =>
  value == null ? '—' : /^\d+(\.0*)?$/.test(value.trim()) ? wholeMoney.format(value as `${number}`) : formatMoney(value);

/** A range of amounts, e.g. "325–1,300" (short form, as in formatMoneyShort). */
export const formatMoneyRange = (low: Money, high: Money): string => `${formatMoneyShort(low)}–${formatMoneyShort(high)}`;

export const formatInteger = (value: number): string => integer.format(value);

/** 12,300 → "12.3K", with the exact figure left for a title attribute. */
export const formatCompact = (value: number): string => compact.format(value);

/** A value already in percent (4.5 → "4.5%"). */
export const formatPercent = (value: number | null | undefined): string => (value == null ? '—' : `${percent.format(value)}%`);

/** Calendar dates are sent as UTC midnight, so they are shown in UTC to keep the same day. */
export const formatDate = (iso: string | null | undefined): string => (iso ? date.format(new Date(iso)) : '—');

/** A moment (sent, opened, …) in the browser's own time zone, e.g. "Dec 1, 2026, 9:00 AM". */
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '—');

/** A calendar day without the year, e.g. "Nov 29", for chart axes (UTC, like formatDate). */
export const formatDay = (iso: string): string => shortDay.format(new Date(iso));

const seconds = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** How long something took: "850 ms", "4.2 s", "3 min 5 s". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms == null) return '—';
  if (ms < 1000) return `${integer.format(Math.round(ms))} ms`;
  if (ms < 60_000) return `${seconds.format(ms / 1000)} s`;
  const whole = Math.round(ms / 1000);
  return `${integer.format(Math.floor(whole / 60))} min ${whole % 60} s`;
}

/** The share of `part` in `whole` in percent (0–100), for bar widths; computed in cents, never floats on money. */
export function moneyShare(part: Money, whole: Money): number {
  const total = toCents(whole);
  if (total <= 0n) return 0;
  const basisPoints = (toCents(part) * 10_000n) / total;
  return Math.min(100, Number(basisPoints) / 100);
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' });
const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];

/**
 * How long ago a moment was, for lists ("5 min. ago", "yesterday"); past a week, the date and time.
 * `now` is a parameter so a caller can pass the same instant to every row.
 */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  if (Math.abs(seconds) >= 7 * 24 * 60 * 60) return formatDateTime(iso);
  const [unit, size] = [...RELATIVE_STEPS].reverse().find(([, s]) => Math.abs(seconds) >= s) ?? RELATIVE_STEPS[0];
  return relative.format(Math.round(seconds / size), unit);
}

/**
 * Time left until a moment, for live countdowns: "2 d 5 h", "5 h 12 m", "12 m", "40 s"; "0 s" once
 * it has passed. Minutes are rounded down, so the figure never promises more than is left.
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours) return `${hours} h ${minutes} m`;
  if (minutes) return `${minutes} m`;
  return `${total} s`;
}
