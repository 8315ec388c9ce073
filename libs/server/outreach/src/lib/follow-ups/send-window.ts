import type { SendWindow, Weekday } from '@parley/shared-types';
import { DateTime } from 'luxon';

const WEEKDAY_OF_LUXON: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const weekdayOf = (t: DateTime): Weekday => WEEKDAY_OF_LUXON[t.weekday - 1];

/** A time zone this runtime knows, or the fallback. */
export function knownZone(zone: string | null | undefined, fallback: string): string {
  return zone && DateTime.local().setZone(zone).isValid ? zone : fallback;
}

/**
 * The first instant at or after `at` inside the window, read in `timeZone`: unchanged inside it;
 * otherwise the start of the next window. Hours are local, endHour exclusive; a window with
 * startHour > endHour runs past midnight and belongs to the day it starts on (a Friday 22–6 window
 * covers Saturday 02:00). Days are the days a window may start on.
 */
export function shiftIntoWindow(at: Date, window: SendWindow | null, timeZone: string): Date {
  if (!window) return at;
  const { startHour, endHour, days } = window;
  const allowed = new Set(days);
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  const wraps = endHour <= startHour;
  // The window that may hold `at`: today's, or (past midnight, before endHour) yesterday's overnight one.
  const windowDay = wraps && local.hour < endHour ? local.minus({ days: 1 }) : local;
  const inHours = wraps ? local.hour >= startHour || local.hour < endHour : local.hour >= startHour && local.hour < endHour;
  if (inHours && allowed.has(weekdayOf(windowDay))) return at;
  for (let k = 0; k <= 7; k++) {
    const start = local.startOf('day').plus({ days: k }).set({ hour: startHour });
    if (start.toMillis() > at.getTime() && allowed.has(weekdayOf(start))) return start.toJSDate();
  }
  return at;
}
