import { COMPENSATION_TYPES, type CompensationType } from '@parley/shared-types';
import type { ReactNode } from 'react';
import { Field } from '@/components/ui/field';
import { COMPENSATION_TYPE_LABELS } from '@/features/outreach/components/labels';

/** What is paid, as a form edits it: the amount stays text until the form sends it. */
export interface CompensationTerms {
  amount: string;
  currency: string;
  compensationType: CompensationType;
}

export type CompensationField = keyof CompensationTerms;

interface CompensationFieldsProps {
  value: CompensationTerms;
  /** Gets only the field that changed, so a form clears only that field's message. */
  onChange: (patch: Partial<CompensationTerms>) => void;
  /** A field's message(s), as Field shows them. */
  errorFor: (field: CompensationField) => string | string[] | undefined;
  /** Field labels other than "Amount", "Currency" and "Compensation type". */
  labels?: Partial<Record<CompensationField, string>>;
  amountHint?: ReactNode;
}

const LABELS: Record<CompensationField, string> = { amount: 'Amount', currency: 'Currency', compensationType: 'Compensation type' };

/**
 * The amount (an `.input--money`), its three-letter currency (upper-cased as typed) and the
 * compensation type, as three Fields; the caller lays them out.
 */
export function CompensationFields({ value, onChange, errorFor, labels, amountHint }: CompensationFieldsProps) {
  const label = { ...LABELS, ...labels };
  return (
    <>
      <Field label={label.amount} hint={amountHint} error={errorFor('amount')}>
        {(control) => (
          <input
            {...control}
            className="input input--money"
            inputMode="decimal"
            autoComplete="off"
            value={value.amount}
            onChange={(e) => onChange({ amount: e.target.value })}
          />
        )}
      </Field>
      <Field label={label.currency} error={errorFor('currency')}>
        {(control) => (
          <input
            {...control}
            className="input input--currency"
            maxLength={3}
            autoComplete="off"
            value={value.currency}
            onChange={(e) => onChange({ currency: e.target.value.toUpperCase() })}
          />
        )}
      </Field>
      <Field label={label.compensationType} error={errorFor('compensationType')}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={value.compensationType}
            onChange={(e) => onChange({ compensationType: e.target.value as CompensationType })}
          >
            {COMPENSATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {COMPENSATION_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
