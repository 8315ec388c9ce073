import {
  OFFER_PARTIES,
  PLATFORMS,
  isMoneyString,
  type CompensationType,
  type Deliverable,
  type OfferDto,
  type OfferParty,
  type OutreachDto,
  type Platform,
} from '@parley/shared-types';
import { useId, useMemo, useRef, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field, Fieldset } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { useToast } from '@/components/ui/toast';
import { CompensationFields } from '@/features/campaigns/components/compensation-fields';
import { DeliverableRows, type DeliverableRow } from '@/features/campaigns/components/deliverable-rows';
import { useSuggestedRate } from '@/features/influencers/api/get-suggested-rate';
import { PLATFORM_LABELS } from '@/features/influencers/components/labels';
import { errorMessage } from '@/lib/api-client';
import { formatMoney } from '@/lib/format';
import { focusFirstInvalid, formLevelError, hasErrors, serverFieldErrors, type FieldErrors } from '@/lib/forms';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useFormState } from '@/lib/use-form-state';
import { useCreateOffer, type CreateOfferInput } from '../../api/create-offer';
import { OFFER_FLAG_LABELS, OFFER_PARTY_LABELS } from '../labels';
import { CounterDraft, type CounterTerms } from './counter-draft';

/** The API's limit on one deliverable's quantity. */
const MAX_QUANTITY = 100;

/** What one piece of a platform usually is, as the rate cards price it by default. */
const MAIN_FORMAT: Record<Platform, string> = { instagram: 'post', tiktok: 'video', youtube: 'video' };

interface OfferDraft {
  from: OfferParty;
  amount: string;
  currency: string;
  compensationType: CompensationType;
  deliverables: DeliverableRow[];
  note: string;
}

/** Top-level fields the form shows inline; the rows' own (`deliverables.0.quantity`) are added per row. */
const FIELDS = ['from', 'amount', 'currency', 'compensationType', 'deliverables', 'note'] as const;
const ROW_FIELDS = ['type', 'platform', 'quantity'] as const;

let nextRowKey = 0;

const isPlatform = (value: string | undefined): value is Platform => (PLATFORMS as readonly (string | undefined)[]).includes(value);
const isQuantity = (value: string) => /^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= MAX_QUANTITY;
const isCurrency = (value: string) => /^[A-Za-z]{3}$/.test(value.trim());

const toRows = (deliverables: Deliverable[]): DeliverableRow[] =>
  deliverables.map(({ type, platform, quantity }) => ({ key: nextRowKey++, type, platform, quantity: String(quantity) }));

const toDeliverables = (rows: DeliverableRow[]): Deliverable[] => rows.map(({ type, platform, quantity }) => ({ type, platform, quantity: Number(quantity) }));

/** "1 × Instagram post, 2 × TikTok video". */
export const describeDeliverables = (deliverables: Deliverable[]): string =>
  deliverables.map((d) => `${d.quantity} × ${PLATFORM_LABELS[d.platform] ?? d.platform} ${d.type}`).join(', ');

/**
 * Where a new offer starts: a counter to the latest offer (the other party, the same terms), or with
 * no offer yet, the creator's ask for one piece of their platform's main format in USD.
 */
function initialDraft(outreach: OutreachDto, latest: OfferDto | undefined): OfferDraft {
  if (latest) {
    return {
      from: latest.from === 'brand' ? 'influencer' : 'brand',
      amount: '',
      currency: latest.currency,
      compensationType: latest.compensationType,
      deliverables: toRows(latest.deliverables),
      note: '',
    };
  }
  const platform = isPlatform(outreach.influencer?.platform) ? outreach.influencer.platform : 'instagram';
  return {
    from: 'influencer',
    amount: '',
    currency: 'USD',
    compensationType: 'flat_fee',
    deliverables: [{ key: nextRowKey++, type: MAIN_FORMAT[platform], platform, quantity: '1' }],
    note: '',
  };
}

/** Client-side checks, keyed like the API's 422 fields. */
function validate(draft: OfferDraft): FieldErrors {
  const errors: FieldErrors = {
    amount: !draft.amount.trim() ? 'Enter the amount offered.' : isMoneyString(draft.amount) ? undefined : 'Enter an amount such as 1200 or 1200.50.',
    currency: isCurrency(draft.currency) ? undefined : 'Enter a three-letter currency code such as USD.',
  };
  draft.deliverables.forEach((row, i) => {
    if (!isQuantity(row.quantity)) errors[`deliverables.${i}.quantity`] = `Enter a whole number from 1 to ${MAX_QUANTITY}.`;
  });
  return errors;
}

/**
 * Records an offer or counter-offer, by the brand or as the creator made it: amount and currency,
 * compensation type, deliverables (type, platform, quantity) and a note. Beside it, what the creator
 * should cost for those deliverables by the store's rate cards, to weigh the amount against.
 * Above it, with the creator's open ask in `counterTo`, drafting a counter (see CounterDraft), which
 * can fill this form; `onUseAsReply` is passed on where the thread has a reply box. `level` is the
 * heading's.
 */
export function OfferForm({
  outreach,
  latest,
  level,
  counterTo,
  onUseAsReply,
}: {
  outreach: OutreachDto;
  latest: OfferDto | undefined;
  level: 3 | 4;
  counterTo?: OfferDto;
  onUseAsReply?: (text: string) => void;
}) {
  const create = useCreateOffer(outreach.id);
  const showToast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const fromName = useId();
  const Heading = `h${level}` as const;
  const { values: draft, setValues, edit, errors, setErrors, errorFor } = useFormState<OfferDraft>(() => initialDraft(outreach, latest), create);
  const server = serverFieldErrors(create.error);

  const rowError = (i: number, field: (typeof ROW_FIELDS)[number]) =>
    errors[`deliverables.${i}.${field}`] ?? server[`deliverables.${i}.${field}`] ?? (field === 'type' ? server[`deliverables.${i}`] : undefined);
  const fallbackPlatform = isPlatform(outreach.influencer?.platform) ? outreach.influencer.platform : 'instagram';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const note = draft.note.trim();
    const input: CreateOfferInput = {
      from: draft.from,
      amount: draft.amount.trim(),
      currency: draft.currency.trim().toUpperCase(),
      compensationType: draft.compensationType,
      deliverables: toDeliverables(draft.deliverables),
      ...(note && { note }),
    };
    create.mutate(input, {
      onSuccess: (offer) => {
        // Ready for the answer: the other party, the same terms.
        setValues({ ...draft, from: offer.from === 'brand' ? 'influencer' : 'brand', amount: '', note: '' });
        showToast({
          id: `offer-${offer.id}`,
          title: `${OFFER_PARTY_LABELS[offer.from]} offer of ${formatMoney(offer.amount)} ${offer.currency} recorded`,
          body: offer.flags.length ? `Flagged: ${offer.flags.map((f) => OFFER_FLAG_LABELS[f].label).join(', ')}.` : undefined,
        });
      },
      onError: () => focusFirstInvalid(formRef.current),
    });
  };

  // A drafted counter fills the form as the brand's offer; the amount is focused to check before recording.
  const recordCounter = (terms: CounterTerms) => {
    edit({ from: 'brand', amount: terms.amount, currency: terms.currency, deliverables: toRows(terms.deliverables) });
    const amount = formRef.current?.querySelector<HTMLInputElement>('.input--money');
    amount?.scrollIntoView({ block: 'center' });
    amount?.focus({ preventScroll: true });
  };

  const shown = [...FIELDS, ...draft.deliverables.flatMap((_, i) => [`deliverables.${i}`, ...ROW_FIELDS.map((f) => `deliverables.${i}.${f}`)])];
  const formError = formLevelError(create.error, shown);
  const priced = draft.deliverables.every((row) => isQuantity(row.quantity)) ? toDeliverables(draft.deliverables) : null;

  return (
    <>
      {counterTo && (
        <CounterDraft key={counterTo.id} outreachId={outreach.id} ask={counterTo} level={level} onRecord={recordCounter} onUseAsReply={onUseAsReply} />
      )}
      <div className="negotiation__compose">
        <form ref={formRef} className="stack stack--sm negotiation__form" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
          <Heading id={titleId} className="section-title">
            Record an offer
          </Heading>
          {formError && <Alert>{formError}</Alert>}
          <Fieldset legend="From" error={errorFor('from')}>
            <div className="row">
              {OFFER_PARTIES.map((party) => (
                <label key={party} className="checkbox">
                  <input type="radio" name={fromName} value={party} checked={draft.from === party} onChange={() => edit({ from: party })} />
                  {party === 'brand' ? 'Brand (your offer)' : 'Influencer (their ask)'}
                </label>
              ))}
            </div>
          </Fieldset>
          <div className="negotiation__terms">
            <CompensationFields value={draft} onChange={edit} errorFor={errorFor} labels={{ compensationType: 'Compensation' }} />
          </div>
          <Fieldset legend="Deliverables" error={errorFor('deliverables')}>
            <DeliverableRows
              rows={draft.deliverables}
              onChange={(deliverables) => edit({ deliverables })}
              newRow={(last) => ({
                key: nextRowKey++,
                type: last?.type ?? MAIN_FORMAT[fallbackPlatform],
                platform: last?.platform ?? fallbackPlatform,
                quantity: '1',
              })}
              maxQuantity={MAX_QUANTITY}
              errorFor={rowError}
              empty={<p className="muted small">No deliverables: for a commission or product-only deal, that may be all.</p>}
              small
            />
          </Fieldset>
          <Field label="Note (optional)" hint="What was said with it, e.g. “includes 30 days of usage rights”." error={errorFor('note')}>
            {(control) => (
              <textarea {...control} className="textarea" rows={2} maxLength={2000} value={draft.note} onChange={(e) => edit({ note: e.target.value })} />
            )}
          </Field>
          <div className="row">
            <button type="submit" className="btn btn--primary" disabled={create.isPending}>
              {create.isPending ? 'Recording…' : `Record ${draft.from === 'brand' ? 'brand' : 'influencer'} offer`}
            </button>
          </div>
        </form>
        <SuggestedRatePanel outreach={outreach} deliverables={priced} level={level} onUse={(amount) => edit({ amount })} />
      </div>
    </>
  );
}

/**
 * What the creator should cost for the form's deliverables (low, typical, high, and how it was worked
 * out), repriced once the rows stop changing. Nothing is asked while a quantity is invalid or the
 * list is empty.
 */
function SuggestedRatePanel({
  outreach,
  deliverables,
  level,
  onUse,
}: {
  outreach: OutreachDto;
  deliverables: Deliverable[] | null;
  level: 3 | 4;
  onUse: (amount: string) => void;
}) {
  const titleId = useId();
  const Heading = `h${level}` as const;
  return (
    <aside className="negotiation__suggestion stack stack--sm" aria-labelledby={titleId}>
      <Heading id={titleId} className="section-title">
        Suggested rate
      </Heading>
      {!outreach.influencer ? (
        <p className="muted small">The creator was deleted from your list, so there is no profile to price.</p>
      ) : deliverables === null ? (
        <p className="muted small">Fix the quantities to see a suggested rate.</p>
      ) : !deliverables.length ? (
        <p className="muted small">Add a deliverable to see a suggested rate.</p>
      ) : (
        <SuggestedFigures influencerId={outreach.influencer.id} deliverables={deliverables} onUse={onUse} />
      )}
    </aside>
  );
}

function SuggestedFigures({ influencerId, deliverables, onUse }: { influencerId: string; deliverables: Deliverable[]; onUse: (amount: string) => void }) {
  // Debounced as text: a new array each render would restart the timer forever.
  const asked = useDebouncedValue(JSON.stringify(deliverables));
  const priced = useMemo(() => JSON.parse(asked) as Deliverable[], [asked]);
  const rate = useSuggestedRate(influencerId, priced);
  const updating = asked !== JSON.stringify(deliverables) || rate.isPlaceholderData;

  if (rate.isError) {
    return (
      <Alert>
        <p>Could not price these deliverables. {errorMessage(rate.error)}</p>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => void rate.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }
  if (!rate.data) return <Skeleton height="5rem" />;
  const r = rate.data;
  return (
    <div className="stack stack--sm" aria-busy={updating}>
      <p className="negotiation__figures">
        <span>
          <span className="muted small">Low</span> {formatMoney(r.low)}
        </span>
        <span aria-hidden="true">–</span>
        <strong>
          <span className="muted small">Typical</span> {formatMoney(r.typical)}
        </strong>
        <span aria-hidden="true">–</span>
        <span>
          <span className="muted small">High</span> {formatMoney(r.high)}
        </span>
      </p>
      <p className="muted small">In USD, for {describeDeliverables(priced)}.</p>
      <p className="small">{r.basis}</p>
      {updating && <p className="muted small">Updating…</p>}
      <div>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => onUse(r.typical)}>
          Use typical as the amount
        </button>
      </div>
    </div>
  );
}
