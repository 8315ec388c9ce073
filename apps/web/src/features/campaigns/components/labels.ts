import {
  WEEKDAYS,
  type CampaignObjective,
  type CampaignStatus,
  type Deliverable,
  type FollowUpWriter,
  type SendWindow,
  type Weekday,
} from '@parley/shared-types';
import type { BadgeTone } from '@/components/ui/badge';

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
};

export const STATUS_TONES: Record<CampaignStatus, BadgeTone> = {
  draft: 'neutral',
  active: 'success',
  paused: 'warning',
  completed: 'info',
};

export const OBJECTIVES: Record<CampaignObjective, { label: string; description: string }> = {
  awareness: { label: 'Awareness', description: 'Get your brand in front of new audiences.' },
  engagement: { label: 'Engagement', description: 'Spark likes, comments and shares.' },
  conversions: { label: 'Conversions', description: 'Drive clicks and sales with codes or links.' },
  ugc: { label: 'UGC', description: 'Collect creator content to reuse in your own channels.' },
};

export const describeDeliverables = (deliverables: readonly Deliverable[]): string =>
  deliverables.length ? deliverables.map((d) => `${d.quantity} × ${d.type} on ${d.platform}`).join(', ') : '—';

export const describeFollowUps = (days: readonly number[] | undefined): string => (days?.length ? `After ${days.join(', ')} days` : 'None');

/** Who writes a follow-up whose step has no template chosen. */
export const FOLLOW_UP_WRITER_LABELS: Record<FollowUpWriter, { label: string; description: string }> = {
  templates: {
    label: 'Your default templates',
    description: 'Your default follow-up template of each step (Follow-up 1, 2, 3); AI-written when you have none.',
  },
  ai: {
    label: 'The AI writer',
    description: 'A follow-up written for each creator; your default template when no language model is configured.',
  },
};

/**
 * The template of each follow-up step, e.g. "1: Gentle nudge · 2: Default · 3: Default"; `nameOf` names
 * a chosen template (its name, or a placeholder while loading or once it was removed).
 */
export function describeFollowUpTemplates(ids: readonly (string | null)[], steps: number, nameOf: (id: string) => string): string {
  if (!steps) return 'None';
  const chosen = Array.from({ length: steps }, (_, i) => ids[i] ?? null);
  if (chosen.every((id) => id === null)) return 'Default for every follow-up';
  return chosen.map((id, i) => `${i + 1}: ${id === null ? 'Default' : nameOf(id)}`).join(' · ');
}

/** "After 7 days of quiet following the last follow-up". */
export const describeNoResponse = (days: number): string => `After ${days} ${days === 1 ? 'day' : 'days'} of quiet following the last follow-up`;

export const describeList = (items: readonly string[], whenEmpty: string): string => (items.length ? items.join(', ') : whenEmpty);

export const WEEKDAY_LABELS: Record<Weekday, { short: string; long: string }> = {
  mon: { short: 'Mon', long: 'Monday' },
  tue: { short: 'Tue', long: 'Tuesday' },
  wed: { short: 'Wed', long: 'Wednesday' },
  thu: { short: 'Thu', long: 'Thursday' },
  fri: { short: 'Fri', long: 'Friday' },
  sat: { short: 'Sat', long: 'Saturday' },
  sun: { short: 'Sun', long: 'Sunday' },
};

/** A whole hour as a 24-hour clock time: 9 → "09:00". */
export const formatHour = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/** "22:00–06:00 (overnight), Mon, Fri"; no window means no restriction. */
export function describeSendWindow(sendWindow: SendWindow | null | undefined): string {
  if (!sendWindow) return 'Any time';
  const { startHour, endHour, days } = sendWindow;
  const hours = `${formatHour(startHour)}–${formatHour(endHour)}${endHour < startHour ? ' (overnight)' : ''}`;
  const ordered = WEEKDAYS.filter((day) => days.includes(day));
  return `${hours}, ${ordered.length === WEEKDAYS.length ? 'every day' : ordered.map((day) => WEEKDAY_LABELS[day].short).join(', ')}`;
}
