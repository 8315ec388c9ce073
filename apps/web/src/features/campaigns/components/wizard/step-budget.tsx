import { DELIVERABLE_TYPES, PLATFORMS, type Platform } from '@parley/shared-types';
import { Field } from '@/components/ui/field';
import { newDeliverable, type DeliverableRow, type StepProps } from './campaign-draft';

/** The usual types, plus a word of the campaign's own (set through the API) so editing keeps it. */
const typeOptions = (current: string): readonly string[] =>
  (DELIVERABLE_TYPES as readonly string[]).includes(current) ? DELIVERABLE_TYPES : [...DELIVERABLE_TYPES, current];

export function StepBudget({ draft, errors, onChange }: StepProps) {
  const updateRow = (key: number, patch: Partial<DeliverableRow>) =>
    onChange({ deliverables: draft.deliverables.map((row) => (row.key === key ? { ...row, ...patch } : row)) });

  return (
    <div className="stack">
      <Field label="Budget" hint="The total you plan to spend on creators, e.g. 2500.00." error={errors.budget}>
        {(control) => (
          <input {...control} className="input input--money" inputMode="decimal" value={draft.budget} onChange={(e) => onChange({ budget: e.target.value })} />
        )}
      </Field>

      <section className="stack" aria-labelledby="deliverables-title">
        <h3 id="deliverables-title" className="section-title">
          Deliverables
        </h3>
        {errors.deliverables && (
          <p className="field__error" role="alert">
            {errors.deliverables}
          </p>
        )}
        {draft.deliverables.map((row, i) => (
          <fieldset key={row.key} className="deliverable-row">
            <legend className="visually-hidden">Deliverable {i + 1}</legend>
            <Field label="Type" error={errors[`deliverables.${i}.type`]}>
              {(control) => (
                <select {...control} className="select" value={row.type} onChange={(e) => updateRow(row.key, { type: e.target.value })}>
                  {typeOptions(row.type).map((type) => (
                    <option key={type} value={type}>
                      {type}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Platform" error={errors[`deliverables.${i}.platform`]}>
              {(control) => (
                <select {...control} className="select" value={row.platform} onChange={(e) => updateRow(row.key, { platform: e.target.value as Platform })}>
                  {PLATFORMS.map((platform) => (
                    <option key={platform} value={platform}>
                      {platform}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Quantity" error={errors[`deliverables.${i}.quantity`]}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="number"
                  min={1}
                  step={1}
                  value={row.quantity}
                  onChange={(e) => updateRow(row.key, { quantity: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="btn btn--ghost deliverable-row__remove"
              onClick={() => onChange({ deliverables: draft.deliverables.filter((r) => r.key !== row.key) })}
              aria-label={`Remove deliverable ${i + 1}`}
            >
              Remove
            </button>
          </fieldset>
        ))}
        <div>
          <button type="button" className="btn btn--secondary" onClick={() => onChange({ deliverables: [...draft.deliverables, newDeliverable()] })}>
            Add deliverable
          </button>
        </div>
      </section>

      <div className="grid-2">
        <Field label="Start date" hint="Optional." error={errors.startDate}>
          {(control) => <input {...control} className="input" type="date" value={draft.startDate} onChange={(e) => onChange({ startDate: e.target.value })} />}
        </Field>
        <Field label="End date" hint="Optional." error={errors.endDate}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              min={draft.startDate || undefined}
              value={draft.endDate}
              onChange={(e) => onChange({ endDate: e.target.value })}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
