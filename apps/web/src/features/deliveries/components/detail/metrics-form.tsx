import type { DeliveryDetailDto } from '@parley/shared-types';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { formLevelError, focusFirstInvalid, serverFieldErrors } from '@/lib/forms';
import { useUpdateDelivery, type UpdateDeliveryInput } from '../../api/update-delivery';
import { METRIC_FIELDS, type MetricField } from '../../labels';

type Values = Record<MetricField, string>;

const valuesOf = (d: DeliveryDetailDto): Values => Object.fromEntries(METRIC_FIELDS.map(({ key }) => [key, d[key] == null ? '' : String(d[key])])) as Values;

/** Who put the figures there, in words. */
export function metricsSourceText(source: DeliveryDetailDto['metricsSource']): string {
  if (source === 'manual') return 'Figures typed in by your team.';
  if (source === 'import') return 'Figures imported from a file.';
  return 'No figures yet.';
}

/**
 * The post's figures, typed in: only the changed ones are sent (PATCH), each change goes into the
 * history, and the API's 422 is shown beside the figure it names. Re-key it on new figures; the page says when they were saved (the re-keyed form cannot).
 */
export function MetricsForm({ delivery: d, onSaved, onEdit }: { delivery: DeliveryDetailDto; onSaved: () => void; onEdit: () => void }) {
  const update = useUpdateDelivery(d.id, d.campaignId);
  const [initial] = useState(() => valuesOf(d));
  const [values, setValues] = useState(initial);
  const [local, setLocal] = useState<Partial<Record<MetricField, string>>>({});
  const server = serverFieldErrors(update.error);
  const formError = formLevelError(
    update.error,
    METRIC_FIELDS.map((f) => f.key),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const changes: UpdateDeliveryInput = {};
    const problems: Partial<Record<MetricField, string>> = {};
    for (const { key } of METRIC_FIELDS) {
      const text = values[key].trim();
      if (text === initial[key]) continue;
      // A figure once given cannot be taken back to "none", only corrected.
      if (text === '') problems[key] = 'Enter a number (0 if there were none).';
      else changes[key] = Number(text);
    }
    setLocal(problems);
    if (Object.keys(problems).length) return focusFirstInvalid(form);
    if (!Object.keys(changes).length) return;
    update.mutate(changes, { onSuccess: onSaved, onError: () => focusFirstInvalid(form) });
  };

  const changed = METRIC_FIELDS.some(({ key }) => values[key].trim() !== initial[key]);

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Figures">
      {formError && <Alert title="The figures were not saved">{formError}</Alert>}
      <div className="metrics-grid">
        {METRIC_FIELDS.map((field) => (
          <Field key={field.key} label={'optional' in field ? `${field.label} (optional)` : field.label} error={local[field.key] ?? server[field.key]}>
            {(control) => (
              <input
                {...control}
                className="input input--figure"
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                value={values[field.key]}
                onChange={(e) => {
                  setValues({ ...values, [field.key]: e.target.value });
                  setLocal({ ...local, [field.key]: undefined });
                  onEdit();
                  update.reset();
                }}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={update.isPending || !changed || d.status === 'cancelled'}>
          {update.isPending ? 'Saving…' : 'Save figures'}
        </button>
        {d.status === 'cancelled' && <span className="muted small">A cancelled delivery’s figures cannot change.</span>}
      </div>
    </form>
  );
}
