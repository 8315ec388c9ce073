import { Field } from '@/components/ui/field';
import { DeliverableRows } from '../deliverable-rows';
import { newDeliverable, type StepProps } from './campaign-draft';

export function StepBudget({ draft, errors, onChange }: StepProps) {
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
        <DeliverableRows
          rows={draft.deliverables}
          onChange={(deliverables) => onChange({ deliverables })}
          newRow={newDeliverable}
          errorFor={(i, field) => errors[`deliverables.${i}.${field}`]}
        />
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
