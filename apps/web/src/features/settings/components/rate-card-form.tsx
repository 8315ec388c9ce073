import { compareMoney, isMoneyString, normalizeMoney, type Platform, type RateCardDto, type Tier } from '@parley/shared-types';
import { useRef, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field, Fieldset } from '@/components/ui/field';
import { followerRange, PLATFORM_LABELS } from '@/features/influencers/components/labels';
import { focusFirstInvalid, formLevelError, hasErrors, serverFieldErrors, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useUpdateRateCards, type RateCardRow } from '../api/update-rate-cards';

const AMOUNTS = ['min', 'typical', 'max'] as const;
type Amount = (typeof AMOUNTS)[number];
const AMOUNT_LABELS: Record<Amount, string> = { min: 'Min', typical: 'Typical', max: 'Max' };

/** The three amounts of each deliverable type as typed, keyed by the type. */
type Draft = Record<string, Record<Amount, string>>;

const toDraft = (cards: RateCardDto[]): Draft => Object.fromEntries(cards.map((c) => [c.deliverableType, { min: c.min, typical: c.typical, max: c.max }]));

/**
 * Only what is certainly wrong: an empty or malformed amount. The order rule (min ≤ typical ≤ max)
 * is the API's, and its 422 shows on the row it names.
 */
function validate(draft: Draft, cards: RateCardDto[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { deliverableType: type } of cards) {
    for (const amount of AMOUNTS) {
      const value = draft[type][amount].trim();
      if (!value) errors[`${type}.${amount}`] = 'Enter an amount.';
      else if (!isMoneyString(value)) errors[`${type}.${amount}`] = 'Enter an amount such as 300 or 300.00.';
    }
  }
  return errors;
}

/** The PUT body: the rows whose figures differ from the card's (call on a validated draft). Untouched defaults stay defaults. */
function changedRows(platform: Platform, tier: Tier, draft: Draft, cards: RateCardDto[]): RateCardRow[] {
  return cards.flatMap((card) => {
    const typed = draft[card.deliverableType];
    const row: RateCardRow = {
      platform,
      tier,
      deliverableType: card.deliverableType,
      min: normalizeMoney(typed.min),
      typical: normalizeMoney(typed.typical),
      max: normalizeMoney(typed.max),
    };
    return AMOUNTS.some((amount) => compareMoney(row[amount], card[amount]) !== 0) ? [row] : [];
  });
}

/**
 * The API names a row by its index in the body it was sent (`rateCards.2`, `rateCards.2.min`); here
 * the messages are keyed by deliverable type (`reel`, `reel.min`). `shown` lists the API's names the
 * form shows inline, so anything else goes above the form.
 */
function rowErrors(error: unknown, sent: RateCardRow[] | undefined): { errors: FieldErrors; shown: string[] } {
  const errors: FieldErrors = {};
  const shown: string[] = [];
  for (const [field, messages] of Object.entries(serverFieldErrors(error))) {
    const match = /^rateCards\.(\d+)(?:\.(min|typical|max))?$/.exec(field);
    const row = match ? sent?.[Number(match[1])] : undefined;
    if (!match || !row) continue;
    errors[match[2] ? `${row.deliverableType}.${match[2]}` : row.deliverableType] = messages[0];
    shown.push(field);
  }
  return { errors, shown };
}

interface Props {
  platform: Platform;
  tier: Tier;
  /** The tier's row of the card on this platform, one per deliverable type. */
  cards: RateCardDto[];
  /** After a save, with how many deliverable types were changed (0: nothing to save). */
  onSaved: (changed: number) => void;
  onCancel: () => void;
}

/** Edits one tier's rates on one platform: min, typical and max per deliverable type; only the changed types are sent. */
export function RateCardForm({ platform, tier, cards, onSaved, onCancel }: Props) {
  const update = useUpdateRateCards();
  const formRef = useRef<HTMLFormElement>(null);
  // An edit resets `update`, so a 422 goes away once its row changes.
  const { values: draft, edit, errors, setErrors } = useFormState<Draft>(() => toDraft(cards), update);
  const server = rowErrors(update.error, update.variables);
  const errorAt = (key: string) => errors[key] ?? server.errors[key];
  const formError = formLevelError(update.error, server.shown);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft, cards);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const rows = changedRows(platform, tier, draft, cards);
    if (!rows.length) return onSaved(0);
    update.mutate(rows, { onSuccess: () => onSaved(rows.length), onError: () => focusFirstInvalid(formRef.current) });
  };

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label={`${PLATFORM_LABELS[platform]} ${tier} rates`}>
      <p className="muted small">
        What one piece of each format costs from a {tier} creator on {PLATFORM_LABELS[platform]} ({followerRange(tier)}). Each format needs min ≤ typical ≤ max;
        only the formats you change become your own figures.
      </p>
      {formError && <Alert>{formError}</Alert>}
      <div className="rate-rows">
        {cards.map((card) => {
          const type = card.deliverableType;
          const rowError = errorAt(type);
          return (
            <Fieldset
              key={type}
              legend={type}
              hint={card.custom ? 'Custom: your own figures' : 'Default: Parley’s figures'}
              error={rowError}
              className="rate-row"
            >
              <div className="rate-row__amounts">
                {AMOUNTS.map((amount) => (
                  <Field key={amount} label={AMOUNT_LABELS[amount]} error={errorAt(`${type}.${amount}`)}>
                    {(control) => (
                      <input
                        {...control}
                        // The row's order error is shown once under the row, but marks its three amounts.
                        aria-invalid={control['aria-invalid'] || Boolean(rowError)}
                        className="input"
                        inputMode="decimal"
                        autoComplete="off"
                        value={draft[type][amount]}
                        onChange={(e) => edit({ [type]: { ...draft[type], [amount]: e.target.value } })}
                      />
                    )}
                  </Field>
                ))}
              </div>
            </Fieldset>
          );
        })}
      </div>
      <div className="dialog__actions">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save rates'}
        </button>
      </div>
    </form>
  );
}
