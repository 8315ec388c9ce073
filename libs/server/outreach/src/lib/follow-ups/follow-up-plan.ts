import type { SendWindow } from '@parley/shared-types';
import { shiftIntoWindow } from './send-window';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A person who opened or clicked but did not answer hears from us this long after, if that is sooner than planned. */
export const BRING_FORWARD_MS = 48 * HOUR_MS;
/** Never two messages of a sequence closer than this, whatever the days or a bring-forward say. */
export const MIN_GAP_MS = 24 * HOUR_MS;

export interface FollowUpPolicy {
  /** Offsets in 24-hour days from the first send. */
  days: number[];
  window: SendWindow | null;
  /** The creator's zone, else the store's. */
  timeZone: string;
  noResponseAfterDays: number;
}

export interface FollowUpState {
  firstSentAt: Date;
  /** Follow-ups already sent (or queued to be). */
  sent: number;
  /** When the latest message of the sequence went (the first send, or the latest follow-up). */
  lastSentAt: Date;
  /** The latest open or click by a person. */
  engagedAt: Date | null;
  /** A stated return date (out-of-office). */
  awayUntil: Date | null;
}

/**
 * When follow-up `step` (1-based) should go: its offset from the first send, brought forward to 48 h
 * after a person's open or click of the latest message, kept a day after the previous message and
 * after an out-of-office's return date, never in the past, then moved into the send window. Null
 * when the sequence has no such step.
 */
export function dueAt(policy: FollowUpPolicy, state: FollowUpState, step: number, now: Date): Date | null {
  const offset = policy.days[step - 1];
  if (offset === undefined) return null;
  let due = state.firstSentAt.getTime() + offset * DAY_MS;
  if (state.engagedAt && state.engagedAt > state.lastSentAt && step === state.sent + 1) due = Math.min(due, state.engagedAt.getTime() + BRING_FORWARD_MS);
  due = Math.max(due, state.lastSentAt.getTime() + MIN_GAP_MS, now.getTime());
  if (state.awayUntil) due = Math.max(due, state.awayUntil.getTime() + DAY_MS);
  return shiftIntoWindow(new Date(due), policy.window, policy.timeZone);
}

/** The next follow-up's time: the step after those sent. */
export function nextFollowUpAt(policy: FollowUpPolicy, state: FollowUpState, now: Date): Date | null {
  return dueAt(policy, state, state.sent + 1, now);
}

/**
 * Every follow-up still to come if nothing changes (each one assumed sent at its time), and when the
 * outreach becomes no_response: the quiet period after the last follow-up. `nextAt`: the next one's
 * planned time, when known.
 */
export function projectFollowUps(
  policy: FollowUpPolicy,
  state: FollowUpState,
  now: Date,
  nextAt: Date | null = null,
): { planned: { step: number; at: Date }[]; noResponseAt: Date } {
  const planned: { step: number; at: Date }[] = [];
  let current = state;
  for (let step = state.sent + 1; step <= policy.days.length; step++) {
    // The next one as it is actually planned (it may have been brought forward), the rest from it.
    const at = step === state.sent + 1 && nextAt ? nextAt : dueAt(policy, current, step, now);
    if (!at) break;
    planned.push({ step, at });
    current = { ...current, sent: step, lastSentAt: at, engagedAt: null };
  }
  return { planned, noResponseAt: new Date(current.lastSentAt.getTime() + policy.noResponseAfterDays * DAY_MS) };
}
