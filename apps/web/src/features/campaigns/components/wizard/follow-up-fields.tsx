import { DEFAULT_NO_RESPONSE_AFTER_DAYS, FOLLOW_UP_WRITERS, type TemplateDto } from '@parley/shared-types';
import { useId } from 'react';
import { Field, Fieldset } from '@/components/ui/field';
import { FOLLOW_UP_TEMPLATE_TYPES, followUpTemplateType, useFollowUpTemplates } from '@/features/templates/api/get-follow-up-templates';
import { TEMPLATE_TYPE_LABELS } from '@/features/templates/components/labels';
import { FOLLOW_UP_WRITER_LABELS } from '../labels';
import { MAX_FOLLOW_UPS, MAX_NO_RESPONSE_AFTER_DAYS, followUpDayEntries, type StepProps } from './campaign-draft';

/**
 * The follow-up sequence: the days to follow up on, a template per follow-up (or the default, left to
 * the writer chosen below), who writes the default ones, and how long a quiet outreach waits after
 * the last follow-up before it counts as no response. Follow-ups are emails, so the templates offered
 * are the store's email templates of the follow-up types.
 */
export function FollowUpFields({ draft, errors, onChange }: StepProps) {
  const titleId = useId();
  // One step per day typed, valid or not yet, so the template choices follow the field as it is edited.
  const days = followUpDayEntries(draft.followUpDays).slice(0, MAX_FOLLOW_UPS);

  return (
    <section className="stack" aria-labelledby={titleId}>
      <h3 id={titleId} className="section-title">
        Follow-ups
      </h3>
      <Field label="Follow-up days" hint="Days after the first message to follow up, e.g. 3, 7, 14. Leave empty for no follow-ups." error={errors.followUpDays}>
        {(control) => <input {...control} className="input" value={draft.followUpDays} onChange={(e) => onChange({ followUpDays: e.target.value })} />}
      </Field>
      {days.length > 0 && <TemplateChoices days={days} draft={draft} errors={errors} onChange={onChange} />}
      <Fieldset legend="Who writes follow-ups without a chosen template" error={errors.followUpWriter}>
        <div className="radio-cards">
          {FOLLOW_UP_WRITERS.map((writer) => (
            <label key={writer} className="radio-card">
              <input
                type="radio"
                name="followUpWriter"
                value={writer}
                checked={draft.followUpWriter === writer}
                onChange={() => onChange({ followUpWriter: writer })}
                aria-invalid={Boolean(errors.followUpWriter)}
              />
              <span className="radio-card__title">{FOLLOW_UP_WRITER_LABELS[writer].label}</span>
              <span className="radio-card__text">{FOLLOW_UP_WRITER_LABELS[writer].description}</span>
            </label>
          ))}
        </div>
      </Fieldset>
      <Field
        label="No response after (days of quiet)"
        hint={`Days without an answer after the last follow-up before the outreach counts as no response: 1 to ${MAX_NO_RESPONSE_AFTER_DAYS}, ${DEFAULT_NO_RESPONSE_AFTER_DAYS} unless you change it.`}
        error={errors.noResponseAfterDays}
      >
        {(control) => (
          <input
            {...control}
            className="input input--days"
            type="number"
            min={1}
            max={MAX_NO_RESPONSE_AFTER_DAYS}
            step={1}
            value={draft.noResponseAfterDays}
            onChange={(e) => onChange({ noResponseAfterDays: e.target.value })}
          />
        )}
      </Field>
    </section>
  );
}

/** A select per follow-up: "Default" (null) or one of the store's follow-up templates, the step's own type first. */
function TemplateChoices({ days, draft, errors, onChange }: StepProps & { days: string[] }) {
  const templates = useFollowUpTemplates('email');
  const writer = draft.followUpWriter === 'ai' ? 'AI-written' : 'store template';

  const choose = (index: number, id: string | null) => {
    const next = [...draft.followUpTemplateIds];
    while (next.length <= index) next.push(null);
    next[index] = id;
    onChange({ followUpTemplateIds: next });
  };

  return (
    <Fieldset
      legend="Template per follow-up"
      hint={
        templates.isError ? (
          <>
            Your templates could not be loaded.{' '}
            <button type="button" className="btn btn--ghost btn--small" onClick={templates.refetch}>
              Try again
            </button>
          </>
        ) : (
          'Email templates of the types Follow-up 1, 2 and 3, from your Templates page. “Default” leaves the follow-up to the writer chosen below.'
        )
      }
      error={errors.followUpTemplateIds}
    >
      <div className="grid-2">
        {days.map((day, i) => {
          const step = i + 1;
          const chosen = draft.followUpTemplateIds[i] ?? null;
          const ownType = followUpTemplateType(step);
          const types = [ownType, ...FOLLOW_UP_TEMPLATE_TYPES.filter((type) => type !== ownType)];
          return (
            <Field key={step} label={`Follow-up ${step}${/^\d+$/.test(day) ? ` · day ${day}` : ''}`} error={errors[`followUpTemplateIds.${i}`]}>
              {(control) => (
                <select {...control} className="select" value={chosen ?? ''} onChange={(e) => choose(i, e.target.value || null)}>
                  <option value="">Default ({writer})</option>
                  {/* A choice the list does not hold (still loading, or removed since) stays selected rather than silently changing. */}
                  {chosen && !templates.byId.has(chosen) && <option value={chosen}>{templates.isPending ? 'Loading…' : 'A template that was removed'}</option>}
                  {types.map((type) => (
                    <TypeGroup key={type} label={TEMPLATE_TYPE_LABELS[type].label} templates={templates.templates.filter((t) => t.templateType === type)} />
                  ))}
                </select>
              )}
            </Field>
          );
        })}
      </div>
    </Fieldset>
  );
}

function TypeGroup({ label, templates }: { label: string; templates: TemplateDto[] }) {
  if (!templates.length) return null;
  return (
    <optgroup label={label}>
      {templates.map((t) => (
        <option key={t.id} value={t.id}>
          {t.isDefault ? `${t.name} (default)` : t.name}
        </option>
      ))}
    </optgroup>
  );
}
