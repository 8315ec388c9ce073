import { CAMPAIGN_OBJECTIVES } from '@parley/shared-types';
import { Field, Fieldset } from '@/components/ui/field';
import { OBJECTIVES } from '../labels';
import type { StepProps } from './campaign-draft';

export function StepBasics({ draft, errors, onChange }: StepProps) {
  return (
    <div className="stack">
      <Field label="Campaign name" error={errors.name}>
        {(control) => <input {...control} className="input" value={draft.name} onChange={(e) => onChange({ name: e.target.value })} />}
      </Field>
      <Field label="Description" hint="Optional. What the campaign is about, for your team." error={errors.description}>
        {(control) => (
          <textarea {...control} className="textarea" rows={3} value={draft.description} onChange={(e) => onChange({ description: e.target.value })} />
        )}
      </Field>
      <Fieldset legend="Objective" error={errors.objective}>
        <div className="radio-cards">
          {CAMPAIGN_OBJECTIVES.map((objective) => (
            <label key={objective} className="radio-card">
              <input
                type="radio"
                name="objective"
                value={objective}
                checked={draft.objective === objective}
                onChange={() => onChange({ objective })}
                aria-invalid={Boolean(errors.objective)}
              />
              <span className="radio-card__title">{OBJECTIVES[objective].label}</span>
              <span className="radio-card__text">{OBJECTIVES[objective].description}</span>
            </label>
          ))}
        </div>
      </Fieldset>
    </div>
  );
}
