import {
  compareMoney,
  isMoneyString,
  normalizeMoney,
  type CampaignDto,
  type CompensationType,
  type ContractDto,
  type OfferDto,
  type UsageRights,
} from '@parley/shared-types';
import type { DeliverableRow } from '@/features/campaigns/components/deliverable-rows';
import type { FieldErrors } from '@/lib/forms';
import type { ContractDeliverableInput, CreateContractInput } from '../../api/create-contract';
import type { ContractPatch } from '../../api/update-contract';

/** The API's limit on one deliverable's quantity. */
export const MAX_QUANTITY = 100;

/** A deliverable row as the form edits it: the shared row plus its due date (YYYY-MM-DD, or '' for none). */
export interface ContractDeliverableRow extends DeliverableRow {
  dueDate: string;
}

/** Every field as typed; converted to the API's shapes on submit. */
export interface ContractDraft {
  campaignId: string;
  influencerId: string;
  deliverables: ContractDeliverableRow[];
  compensation: string;
  currency: string;
  compensationType: CompensationType;
  startDate: string;
  endDate: string;
  contentGuidelines: string;
  mustInclude: string[];
  mustAvoid: string[];
  exclusivity: boolean;
  usageRights: UsageRights;
  /** '' for the store's default template (else the built-in agreement). */
  templateId: string;
}

/** Top-level fields the form shows inline; the rows' own (`deliverables.0.quantity`) are added per row. */
export const FIELDS = [
  'campaignId',
  'influencerId',
  'deliverables',
  'compensation',
  'currency',
  'compensationType',
  'startDate',
  'endDate',
  'contentGuidelines',
  'mustInclude',
  'mustAvoid',
  'exclusivity',
  'usageRights',
  'templateId',
] as const;
export const ROW_FIELDS = ['type', 'platform', 'quantity', 'dueDate'] as const;

let nextRowKey = 0;

export const newRow = (last: DeliverableRow | undefined): ContractDeliverableRow => ({
  key: nextRowKey++,
  type: last?.type ?? 'post',
  platform: last?.platform ?? 'instagram',
  quantity: '1',
  dueDate: '',
});

/** Calendar dates travel as UTC midnight, so the day is the ISO string's date part. */
const toDay = (iso: string | null | undefined): string => iso?.slice(0, 10) ?? '';
const toIso = (day: string): string => `${day}T00:00:00.000Z`;

const toRows = (deliverables: readonly { type: string; platform: ContractDeliverableRow['platform']; quantity: number; dueDate?: string | null }[]) =>
  deliverables.map((d) => ({ key: nextRowKey++, type: d.type, platform: d.platform, quantity: String(d.quantity), dueDate: toDay(d.dueDate) }));

export function emptyDraft(): ContractDraft {
  return {
    campaignId: '',
    influencerId: '',
    deliverables: [newRow(undefined)],
    compensation: '',
    currency: 'USD',
    compensationType: 'flat_fee',
    startDate: '',
    endDate: '',
    contentGuidelines: '',
    mustInclude: [],
    mustAvoid: [],
    exclusivity: false,
    // The API's default.
    usageRights: 'limited',
    templateId: '',
  };
}

/** The saved contract's values, for editing a draft. */
export function draftFromContract(c: ContractDto): ContractDraft {
  return {
    campaignId: c.campaignId,
    influencerId: c.influencerId,
    deliverables: toRows(c.deliverables),
    compensation: c.compensation,
    currency: c.currency,
    compensationType: c.compensationType,
    startDate: toDay(c.startDate),
    endDate: toDay(c.endDate),
    contentGuidelines: c.contentGuidelines ?? '',
    mustInclude: c.mustInclude,
    mustAvoid: c.mustAvoid,
    exclusivity: c.exclusivity,
    usageRights: c.usageRights ?? 'limited',
    templateId: c.templateId ?? '',
  };
}

/** An accepted offer's terms (who, what, how much), with the campaign's dates as the contract period when it has them. */
export function draftFromOffer(offer: OfferDto, campaign: Pick<CampaignDto, 'startDate' | 'endDate'> | undefined): ContractDraft {
  return {
    ...emptyDraft(),
    campaignId: offer.campaignId ?? '',
    influencerId: offer.influencerId,
    deliverables: toRows(offer.deliverables),
    compensation: offer.amount,
    currency: offer.currency,
    compensationType: offer.compensationType,
    startDate: toDay(campaign?.startDate),
    endDate: toDay(campaign?.endDate),
  };
}

const isQuantity = (value: string) => /^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= MAX_QUANTITY;
const isCurrency = (value: string) => /^[A-Za-z]{3}$/.test(value.trim());

/** Client-side checks, keyed like the API's 422 fields; the rest (e.g. a due date outside the period) is the API's to say. */
export function validate(draft: ContractDraft): FieldErrors {
  const errors: FieldErrors = {
    campaignId: draft.campaignId ? undefined : 'Choose the campaign.',
    influencerId: draft.influencerId ? undefined : 'Choose the creator.',
    compensation: !draft.compensation.trim()
      ? 'Enter the compensation.'
      : isMoneyString(draft.compensation.trim())
        ? undefined
        : 'Enter an amount such as 750 or 750.50.',
    currency: isCurrency(draft.currency) ? undefined : 'Enter a three-letter currency code such as USD.',
    startDate: draft.startDate ? undefined : 'Choose the first day of the contract.',
    endDate: !draft.endDate
      ? 'Choose the last day of the contract.'
      : draft.startDate && draft.endDate < draft.startDate
        ? 'The end date must be on or after the start date.'
        : undefined,
  };
  draft.deliverables.forEach((row, i) => {
    if (!isQuantity(row.quantity)) errors[`deliverables.${i}.quantity`] = `Enter a whole number from 1 to ${MAX_QUANTITY}.`;
  });
  return errors;
}

const toDeliverables = (rows: ContractDeliverableRow[]): ContractDeliverableInput[] =>
  rows.map(({ type, platform, quantity, dueDate }) => ({ type, platform, quantity: Number(quantity), ...(dueDate && { dueDate: toIso(dueDate) }) }));

/** The POST body of a validated draft; empty optional fields are left out. */
export function toCreateInput(draft: ContractDraft, offerId: string | undefined): CreateContractInput {
  const guidelines = draft.contentGuidelines.trim();
  return {
    campaignId: draft.campaignId,
    influencerId: draft.influencerId,
    deliverables: toDeliverables(draft.deliverables),
    compensation: draft.compensation.trim(),
    currency: draft.currency.trim().toUpperCase(),
    compensationType: draft.compensationType,
    startDate: toIso(draft.startDate),
    endDate: toIso(draft.endDate),
    ...(guidelines && { contentGuidelines: guidelines }),
    ...(draft.mustInclude.length > 0 && { mustInclude: draft.mustInclude }),
    ...(draft.mustAvoid.length > 0 && { mustAvoid: draft.mustAvoid }),
    exclusivity: draft.exclusivity,
    usageRights: draft.usageRights,
    ...(draft.templateId && { templateId: draft.templateId }),
    ...(offerId && { offerId }),
  };
}

/** Every editable field as PATCH takes it, cleared guidelines as null. */
function patchValues(draft: ContractDraft): ContractPatch {
  return {
    deliverables: toDeliverables(draft.deliverables),
    compensation: draft.compensation.trim(),
    currency: draft.currency.trim().toUpperCase(),
    compensationType: draft.compensationType,
    startDate: toIso(draft.startDate),
    endDate: toIso(draft.endDate),
    contentGuidelines: draft.contentGuidelines.trim() || null,
    mustInclude: draft.mustInclude,
    mustAvoid: draft.mustAvoid,
    exclusivity: draft.exclusivity,
    usageRights: draft.usageRights,
    // The default ('') cannot be chosen again once a template is named: the API keeps the clauses it has.
    ...(draft.templateId && { templateId: draft.templateId }),
  };
}

/**
 * Only what changed since the form was opened, so nothing is sent for an untouched field. The
 * amount is compared as the API stores it ("750" and "750.00" are the same).
 */
export function toPatch(draft: ContractDraft, initial: ContractDraft): ContractPatch {
  const now = patchValues(draft);
  const before = patchValues(initial);
  const same = (key: keyof ContractPatch) =>
    key === 'compensation' && isMoneyString(now.compensation) && isMoneyString(before.compensation)
      ? compareMoney(normalizeMoney(now.compensation), normalizeMoney(before.compensation)) === 0
      : JSON.stringify(now[key]) === JSON.stringify(before[key]);
  return Object.fromEntries(Object.entries(now).filter(([key]) => !same(key as keyof ContractPatch))) as ContractPatch;
}
