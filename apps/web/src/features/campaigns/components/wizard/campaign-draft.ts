import {
  isMoneyString,
  normalizeMoney,
  toCents,
  type CampaignInput,
  type CampaignObjective,
  type DeliverableType,
  type Platform,
  type Tier,
} from '@parley/shared-types';
import { isPercent } from '@/lib/forms';

/** What the wizard edits: form strings, turned into a CampaignInput only when creating. */
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
}

export interface DeliverableRow {
  /** Stable React key, so removing a row does not shift the others' inputs. */
  key: number;
  type: DeliverableType;
  platform: Platform;
  quantity: string;
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
  followUpDays: '3, 7, 14',
});

/** The steps and the top-level API fields each owns, so a server 422 can be sent back to its step. */
export const STEPS = [
  { title: 'Basics', fields: ['name', 'description', 'objective'] },
  { title: 'Budget & deliverables', fields: ['budget', 'deliverables', 'startDate', 'endDate'] },
  { title: 'Targeting', fields: ['targetTiers', 'targetNiches', 'minEngagement', 'maxRate', 'followUpDays', 'sendWindow'] },
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

const isWholeNumber = (value: string) => /^\d+$/.test(value.trim());

function parseFollowUpDays(value: string): number[] | null {
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.every(isWholeNumber)) return null;
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
    return {
      minEngagement: d.minEngagement.trim() && !isPercent(d.minEngagement) ? 'Enter a percentage from 0 to 100, with at most 2 decimals.' : undefined,
      maxRate: d.maxRate.trim() && !isMoneyString(d.maxRate) ? 'Enter an amount such as 500 or 500.00.' : undefined,
      followUpDays: parseFollowUpDays(d.followUpDays) ? undefined : `List whole days from 1 to ${MAX_FOLLOW_UP_DAY} in increasing order, e.g. 3, 7, 14.`,
    };
  },
};

export function validateStep(step: number, draft: CampaignDraft): DraftErrors {
  return VALIDATORS[step]?.(draft) ?? {};
}

/** Calendar dates are sent as midnight UTC (the API takes ISO 8601 timestamps). */
const toIsoDate = (date: string) => `${date}T00:00:00.000Z`;

/** The request body; optional fields the user left empty are left out, so the API's defaults apply. */
export function toCampaignInput(draft: CampaignDraft): CampaignInput {
  return {
    name: draft.name.trim(),
    ...(draft.description.trim() && { description: draft.description.trim() }),
    objective: draft.objective as CampaignObjective,
    budget: normalizeMoney(draft.budget),
    deliverables: draft.deliverables.map(({ type, platform, quantity }) => ({ type, platform, quantity: Number(quantity) })),
    ...(draft.startDate && { startDate: toIsoDate(draft.startDate) }),
    ...(draft.endDate && { endDate: toIsoDate(draft.endDate) }),
    targetTiers: draft.targetTiers,
    targetNiches: draft.targetNiches,
    ...(draft.minEngagement.trim() && { minEngagement: Number(draft.minEngagement) }),
    ...(draft.maxRate.trim() && { maxRate: normalizeMoney(draft.maxRate) }),
    followUpDays: parseFollowUpDays(draft.followUpDays) ?? [],
  };
}
