import { WEEKDAYS, type CampaignObjective, type CampaignStatus, type Deliverable, type SendWindow, type Weekday } from '@parley/shared-types';
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
