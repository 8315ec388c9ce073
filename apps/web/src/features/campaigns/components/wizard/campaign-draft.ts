import {
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_NO_RESPONSE_AFTER_DAYS,
  isMoneyString,
  normalizeMoney,
  toCents,
  type CampaignDto,
  type CampaignInput,
  type CampaignObjective,
  type FollowUpWriter,
  type Tier,
  type Weekday,
} from '@parley/shared-types';
import { isPercent } from '@/lib/forms';
import type { CampaignPatch } from '../../api/update-campaign';
import type { DeliverableRow } from '../deliverable-rows';

/** What the wizard and the edit form edit: form strings, turned into a CampaignInput or a CampaignPatch on submit. */
export interface CampaignDraft {
  name: string;
  description: string;
  objective: CampaignObjective | '';
  budget: string;
  deliverables: DeliverableRow[];
  startDate: string;
  endDate: string;
  targetTiers: Tier[];
  targetNiches: string[];
  minEngagement: string;
  maxRate: string;
  followUpDays: string;
  sendWindow: SendWindowDraft;
  /**
   * The template of follow-up i + 1 at index i (null: the writer decides). Kept past the last step, so
   * removing a follow-up day and adding it back restores its choice; only the choices of existing steps are sent.
   */
  followUpTemplateIds: (string | null)[];
  followUpWriter: FollowUpWriter;
  noResponseAfterDays: string;
}

/** The optional send window; its hours and days are kept while it is switched off, so turning it back on restores them. */
export interface SendWindowDraft {
  enabled: boolean;
  startHour: number;
  /** Exclusive; below startHour the window runs past midnight. */
  endHour: number;
  days: Weekday[];
}

/** What every editing step receives. */
export interface StepProps {
  draft: CampaignDraft;
  errors: DraftErrors;
  onChange: (patch: Partial<CampaignDraft>) => void;
}

/** Messages keyed by the API's field names (dotted for nested ones, e.g. `deliverables.0.quantity`). */
export type DraftErrors = Record<string, string | undefined>;

let nextRowKey = 0;
export const newDeliverable = (): DeliverableRow => ({ key: nextRowKey++, type: 'post', platform: 'instagram', quantity: '1' });

export const emptyDraft = (): CampaignDraft => ({
  name: '',
  description: '',
  objective: '',
  budget: '',
  deliverables: [newDeliverable()],
  startDate: '',
  endDate: '',
  targetTiers: [],
  targetNiches: [],
  minEngagement: '',
  maxRate: '',
  // The API's default, shown so the user sees what will happen.
  followUpDays: DEFAULT_FOLLOW_UP_DAYS.join(', '),
  sendWindow: { enabled: false, startHour: 9, endHour: 17, days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  // The API's defaults too.
  followUpTemplateIds: [],
  followUpWriter: 'templates',
  noResponseAfterDays: String(DEFAULT_NO_RESPONSE_AFTER_DAYS),
});

/** A saved campaign as a draft, for the edit form. */
export const campaignToDraft = (c: CampaignDto): CampaignDraft => ({
  name: c.name,
  description: c.description ?? '',
  objective: c.objective,
  budget: c.budget,
  deliverables: c.deliverables.map(({ type, platform, quantity }) => ({ key: nextRowKey++, type, platform, quantity: String(quantity) })),
  // Dates are stored as UTC midnight, so the calendar day is the ISO string's date part.
  startDate: c.startDate?.slice(0, 10) ?? '',
  endDate: c.endDate?.slice(0, 10) ?? '',
  targetTiers: c.targetTiers,
  targetNiches: c.targetNiches,
  minEngagement: c.minEngagement === null ? '' : String(c.minEngagement),
  maxRate: c.maxRate ?? '',
  followUpDays: c.followUpDays.join(', '),
  sendWindow: c.sendWindow ? { enabled: true, ...c.sendWindow } : emptyDraft().sendWindow,
  // Read defensively: a campaign saved before follow-up settings existed has the defaults.
  followUpTemplateIds: c.followUpTemplateIds ?? [],
  followUpWriter: c.followUpWriter ?? 'templates',
  noResponseAfterDays: String(c.noResponseAfterDays ?? DEFAULT_NO_RESPONSE_AFTER_DAYS),
});

/** The steps and the top-level API fields each owns, so a server 422 can be sent back to its step. */
export const STEPS = [
  { title: 'Basics', fields: ['name', 'description', 'objective'] },
  { title: 'Budget & deliverables', fields: ['budget', 'deliverables', 'startDate', 'endDate'] },
  {
    title: 'Targeting',
    fields: [
      'targetTiers',
      'targetNiches',
      'minEngagement',
      'maxRate',
      'followUpDays',
      'followUpTemplateIds',
      'followUpWriter',
      'noResponseAfterDays',
      'sendWindow',
    ],
  },
  { title: 'Review', fields: [] },
] as const satisfies readonly { title: string; fields: readonly (keyof CampaignInput)[] }[];

export const REVIEW_STEP = STEPS.length - 1;

/** The step showing a field; errors on fields no step shows (unknown fields) land on the review. */
export function stepOfField(field: string): number {
  const root = field.split('.')[0];
  const index = STEPS.findIndex((step) => (step.fields as readonly string[]).includes(root));
  return index === -1 ? REVIEW_STEP : index;
}

// The API's limits, checked here too so the user hears about them on the right step.
const MAX_QUANTITY = 100;
const MAX_FOLLOW_UP_DAY = 90;
export const MAX_FOLLOW_UPS = 10;
export const MAX_NO_RESPONSE_AFTER_DAYS = 90;

const isWholeNumber = (value: string) => /^\d+$/.test(value.trim());

/** The comma-separated entries of the follow-up days field as typed, one per follow-up step. */
export const followUpDayEntries = (value: string): string[] =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

function parseFollowUpDays(value: string): number[] | null {
  const parts = followUpDayEntries(value);
  if (parts.length > MAX_FOLLOW_UPS || !parts.every(isWholeNumber)) return null;
  const days = parts.map(Number);
  return days.every((day, i) => day >= 1 && day <= MAX_FOLLOW_UP_DAY && (i === 0 || day > days[i - 1])) ? days : null;
}

const VALIDATORS: Record<number, (draft: CampaignDraft) => DraftErrors> = {
  0: (d) => ({
    name: d.name.trim() ? undefined : 'Give the campaign a name.',
    objective: d.objective ? undefined : 'Choose an objective.',
  }),
  1: (d) => {
    const errors: DraftErrors = {
      budget: isMoneyString(d.budget) && toCents(d.budget) > 0n ? undefined : 'Enter a budget such as 2500 or 2500.00.',
      deliverables: d.deliverables.length ? undefined : 'Add at least one deliverable.',
      endDate: d.startDate && d.endDate && d.endDate < d.startDate ? 'The end date must be on or after the start date.' : undefined,
    };
    d.deliverables.forEach((row, i) => {
      const quantity = Number(row.quantity);
      if (!isWholeNumber(row.quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
        errors[`deliverables.${i}.quantity`] = `Enter a whole number from 1 to ${MAX_QUANTITY}.`;
      }
    });
    return errors;
  },
  2: (d) => {
    const { enabled, startHour, endHour, days } = d.sendWindow;
    return {
      minEngagement: d.minEngagement.trim() && !isPercent(d.minEngagement) ? 'Enter a percentage from 0 to 100, with at most 2 decimals.' : undefined,
      maxRate: d.maxRate.trim() && !isMoneyString(d.maxRate) ? 'Enter an amount such as 500 or 500.00.' : undefined,
      followUpDays: parseFollowUpDays(d.followUpDays)
        ? undefined
        : `List up to ${MAX_FOLLOW_UPS} whole days from 1 to ${MAX_FOLLOW_UP_DAY} in increasing order, e.g. 3, 7, 14.`,
      noResponseAfterDays:
        isWholeNumber(d.noResponseAfterDays) && Number(d.noResponseAfterDays) >= 1 && Number(d.noResponseAfterDays) <= MAX_NO_RESPONSE_AFTER_DAYS
          ? undefined
          : `Enter a whole number of days from 1 to ${MAX_NO_RESPONSE_AFTER_DAYS}.`,
      // Equal hours would mean either no hour at all or the whole day; neither is what a window is for.
      'sendWindow.endHour': enabled && startHour === endHour ? 'Choose an end hour different from the start hour.' : undefined,
      'sendWindow.days': enabled && !days.length ? 'Choose at least one day.' : undefined,
    };
  },
};

export function validateStep(step: number, draft: CampaignDraft): DraftErrors {
  return VALIDATORS[step]?.(draft) ?? {};
}

/** Every editing step at once, for the single-page edit form. */
export function validateDraft(draft: CampaignDraft): DraftErrors {
  return Object.assign({}, ...STEPS.map((_, step) => validateStep(step, draft))) as DraftErrors;
}

/** Calendar dates are sent as midnight UTC (the API takes ISO 8601 timestamps). */
const toIsoDate = (date: string) => `${date}T00:00:00.000Z`;

/**
 * The template choices of the steps there are, as the API takes them: null for "the writer decides",
 * trailing nulls left off (the API reads a missing entry as null), so [] when every step uses the default.
 */
function followUpTemplatesFor(ids: readonly (string | null)[], steps: number): (string | null)[] {
  const chosen = Array.from({ length: steps }, (_, i) => ids[i] ?? null);
  while (chosen.length && chosen[chosen.length - 1] === null) chosen.pop();
  return chosen;
}

/** Every field as the API takes it, with null for the optional ones left empty. Call on a validated draft. */
function campaignValues(draft: CampaignDraft): Required<CampaignPatch> {
  const { enabled, startHour, endHour, days } = draft.sendWindow;
  const followUpDays = parseFollowUpDays(draft.followUpDays) ?? [];
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    objective: draft.objective as CampaignObjective,
    budget: normalizeMoney(draft.budget),
    deliverables: draft.deliverables.map(({ type, platform, quantity }) => ({ type, platform, quantity: Number(quantity) })),
    startDate: draft.startDate ? toIsoDate(draft.startDate) : null,
    endDate: draft.endDate ? toIsoDate(draft.endDate) : null,
    targetTiers: draft.targetTiers,
    targetNiches: draft.targetNiches,
    minEngagement: draft.minEngagement.trim() ? Number(draft.minEngagement) : null,
    maxRate: draft.maxRate.trim() ? normalizeMoney(draft.maxRate) : null,
    followUpDays,
    sendWindow: enabled ? { startHour, endHour, days } : null,
    followUpTemplateIds: followUpTemplatesFor(draft.followUpTemplateIds, followUpDays.length),
    followUpWriter: draft.followUpWriter,
    noResponseAfterDays: Number(draft.noResponseAfterDays),
  };
}

/** The create body; optional fields the user left empty are left out, so the API's defaults apply. */
export function toCampaignInput(draft: CampaignDraft): CampaignInput {
  const { description, minEngagement, maxRate, startDate, endDate, sendWindow, followUpTemplateIds, ...required } = campaignValues(draft);
  return {
    ...required,
    ...(description !== null && { description }),
    ...(minEngagement !== null && { minEngagement }),
    ...(maxRate !== null && { maxRate }),
    ...(startDate !== null && { startDate }),
    ...(endDate !== null && { endDate }),
    ...(sendWindow !== null && { sendWindow }),
    ...(followUpTemplateIds.length > 0 && { followUpTemplateIds }),
  };
}

/**
 * The PATCH body: only the fields whose value differs from the draft the form started from
 * (compared as sent, so "500" against a saved "500.00" is no change), emptied optional ones as null.
 */
export function toCampaignPatch(draft: CampaignDraft, initial: CampaignDraft): CampaignPatch {
  const next = campaignValues(draft);
  const before = campaignValues(initial);
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof CampaignPatch])),
  ) as CampaignPatch;
}
