import type { SendWindow } from '@parley/shared-types';
import { DateTime } from 'luxon';
import { BRING_FORWARD_MS, DAY_MS, dueAt, nextFollowUpAt, projectFollowUps, type FollowUpPolicy, type FollowUpState } from './follow-up-plan';
import { shiftIntoWindow } from './send-window';

const HOUR = 3_600_000;
const at = (iso: string, zone = 'UTC') => DateTime.fromISO(iso, { zone }).toJSDate();
const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
const WEEKDAYS: SendWindow = { startHour: 9, endHour: 17, days: ['mon', 'tue', 'wed', 'thu', 'fri'] };

// Monday 2026-11-30 10:00 UTC.
const SENT = at('2026-11-30T10:00:00');
const policy = (over: Partial<FollowUpPolicy> = {}): FollowUpPolicy => ({ days: [3, 7, 14], window: null, timeZone: 'UTC', noResponseAfterDays: 7, ...over });
const state = (over: Partial<FollowUpState> = {}): FollowUpState => ({
  firstSentAt: SENT,
  sent: 0,
  lastSentAt: SENT,
  engagedAt: null,
  awayUntil: null,
  ...over,
});

describe('send window', () => {
  it('leaves a time inside the window alone', () => {
    expect(shiftIntoWindow(at('2026-12-01T11:30:00', 'Asia/Tokyo'), WEEKDAYS, 'Asia/Tokyo')).toEqual(at('2026-12-01T11:30:00', 'Asia/Tokyo'));
  });

  it("moves a due time at 02:00 in the creator's zone to that day's start", () => {
    const shifted = shiftIntoWindow(at('2026-12-01T02:00:00', 'America/New_York'), WEEKDAYS, 'America/New_York');
    expect(local(shifted, 'America/New_York')).toBe('Tue 2026-12-01 09:00');
  });

  it('moves a time after the window to the next day it is open', () => {
    expect(local(shiftIntoWindow(at('2026-12-01T18:00:00', 'Europe/Berlin'), WEEKDAYS, 'Europe/Berlin'), 'Europe/Berlin')).toBe('Wed 2026-12-02 09:00');
  });

  it('skips the weekend when the days leave it out', () => {
    expect(local(shiftIntoWindow(at('2026-12-05T11:00:00', 'Europe/Berlin'), WEEKDAYS, 'Europe/Berlin'), 'Europe/Berlin')).toBe('Mon 2026-12-07 09:00');
    expect(local(shiftIntoWindow(at('2026-12-04T17:00:00', 'Europe/Berlin'), WEEKDAYS, 'Europe/Berlin'), 'Europe/Berlin')).toBe('Mon 2026-12-07 09:00');
  });

  it('reads the hours in the given zone, not UTC', () => {
    // 23:00 UTC on Monday is 08:00 on Tuesday in Tokyo: an hour before the window opens there.
    const due = at('2026-11-30T23:00:00');
    expect(shiftIntoWindow(due, WEEKDAYS, 'UTC')).toEqual(at('2026-12-01T09:00:00'));
    expect(local(shiftIntoWindow(due, WEEKDAYS, 'Asia/Tokyo'), 'Asia/Tokyo')).toBe('Tue 2026-12-01 09:00');
  });

  it('wraps past midnight, the night belonging to the day it starts on', () => {
    const night: SendWindow = { startHour: 22, endHour: 6, days: ['fri'] };
    expect(shiftIntoWindow(at('2026-12-05T02:00:00'), night, 'UTC')).toEqual(at('2026-12-05T02:00:00')); // Saturday 02:00: Friday's night
    expect(shiftIntoWindow(at('2026-12-04T12:00:00'), night, 'UTC')).toEqual(at('2026-12-04T22:00:00')); // Friday noon → that evening
    expect(shiftIntoWindow(at('2026-12-05T07:00:00'), night, 'UTC')).toEqual(at('2026-12-11T22:00:00')); // Saturday morning → next Friday
  });

  it('lands on the wall-clock start across a daylight-saving change', () => {
    // Europe/Berlin leaves summer time on 2026-10-25.
    const shifted = shiftIntoWindow(at('2026-10-24T20:00:00', 'Europe/Berlin'), { startHour: 9, endHour: 17, days: ['mon'] }, 'Europe/Berlin');
    expect(local(shifted, 'Europe/Berlin')).toBe('Mon 2026-10-26 09:00');
  });
});

describe('follow-up plan', () => {
  const now = SENT;

  it('plans day 3, 7 and 14 after the first send, in 24-hour days', () => {
    expect(nextFollowUpAt(policy(), state(), now)).toEqual(new Date(SENT.getTime() + 3 * DAY_MS));
    expect(dueAt(policy(), state({ sent: 1, lastSentAt: new Date(SENT.getTime() + 3 * DAY_MS) }), 2, now)).toEqual(new Date(SENT.getTime() + 7 * DAY_MS));
    expect(dueAt(policy(), state({ sent: 2, lastSentAt: new Date(SENT.getTime() + 7 * DAY_MS) }), 3, now)).toEqual(new Date(SENT.getTime() + 14 * DAY_MS));
  });

  it('plans nothing after the last step', () => {
    expect(nextFollowUpAt(policy(), state({ sent: 3 }), now)).toBeNull();
    expect(nextFollowUpAt(policy({ days: [] }), state(), now)).toBeNull();
  });

  it('keeps the offset from the first send after a follow-up sent early by hand', () => {
    const byHand = new Date(SENT.getTime() + HOUR);
    expect(nextFollowUpAt(policy(), state({ sent: 1, lastSentAt: byHand }), byHand)).toEqual(new Date(SENT.getTime() + 7 * DAY_MS));
  });

  it('never plans two messages within a day of each other', () => {
    const byHand = new Date(SENT.getTime() + 6.5 * DAY_MS);
    expect(nextFollowUpAt(policy(), state({ sent: 1, lastSentAt: byHand }), byHand)).toEqual(new Date(byHand.getTime() + DAY_MS));
  });

  it('brings the next follow-up forward to 48 hours after a person opened', () => {
    const opened = new Date(SENT.getTime() + 2 * HOUR);
    expect(nextFollowUpAt(policy({ days: [5, 9] }), state({ engagedAt: opened }), now)).toEqual(new Date(opened.getTime() + BRING_FORWARD_MS));
    // An open of an earlier message than the latest one does not count.
    expect(nextFollowUpAt(policy({ days: [5, 9] }), state({ sent: 1, lastSentAt: new Date(SENT.getTime() + 5 * DAY_MS), engagedAt: opened }), now)).toEqual(
      new Date(SENT.getTime() + 9 * DAY_MS),
    );
    // Never later than planned.
    expect(nextFollowUpAt(policy({ days: [1] }), state({ engagedAt: opened }), now)).toEqual(new Date(SENT.getTime() + DAY_MS));
  });

  it('keeps a brought-forward follow-up inside the window', () => {
    const opened = at('2026-11-30T20:00:00', 'Europe/Berlin'); // Monday evening: +48 h is Wednesday 20:00
    const next = nextFollowUpAt(policy({ days: [5], window: WEEKDAYS, timeZone: 'Europe/Berlin' }), state({ engagedAt: opened }), now);
    expect(local(next!, 'Europe/Berlin')).toBe('Thu 2026-12-03 09:00');
  });

  it('waits until after a stated return date', () => {
    const back = at('2026-12-10T00:00:00');
    expect(nextFollowUpAt(policy(), state({ awayUntil: back }), now)).toEqual(new Date(back.getTime() + DAY_MS));
  });

  it('is never in the past: a follow-up overdue on resume goes now', () => {
    const later = new Date(SENT.getTime() + 10 * DAY_MS);
    expect(nextFollowUpAt(policy(), state(), later)).toEqual(later);
  });

  it('projects the rest of the sequence and when it ends as no_response', () => {
    const { planned, noResponseAt } = projectFollowUps(policy(), state(), now);
    expect(planned.map((p) => p.step)).toEqual([1, 2, 3]);
    expect(planned.map((p) => (p.at.getTime() - SENT.getTime()) / DAY_MS)).toEqual([3, 7, 14]);
    expect((noResponseAt.getTime() - SENT.getTime()) / DAY_MS).toBe(21);
    const next = new Date(SENT.getTime() + 2 * DAY_MS);
    expect(projectFollowUps(policy(), state(), now, next).planned[0].at).toEqual(next);
  });
});
