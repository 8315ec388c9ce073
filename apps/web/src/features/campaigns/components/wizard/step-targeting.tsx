import { TIER_RANGES, TIERS, WEEKDAYS, type Tier, type Weekday } from '@parley/shared-types';
import { useId } from 'react';
import { Field, Fieldset } from '@/components/ui/field';
import { TagInput } from '@/components/ui/tag-input';
import { formatCompact } from '@/lib/format';
import { WEEKDAY_LABELS, formatHour } from '../labels';
import type { SendWindowDraft, StepProps } from './campaign-draft';
import { FollowUpFields } from './follow-up-fields';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function tierRange(tier: Tier): string {
  const { min, max } = TIER_RANGES[tier];
  return max === null ? `${formatCompact(min)}+ followers` : `${formatCompact(min)}–${formatCompact(max)} followers`;
}

export function StepTargeting({ draft, errors, onChange }: StepProps) {
  const toggleTier = (tier: Tier, checked: boolean) =>
    onChange({ targetTiers: checked ? TIERS.filter((t) => t === tier || draft.targetTiers.includes(t)) : draft.targetTiers.filter((t) => t !== tier) });

  return (
    <div className="stack">
      <Fieldset legend="Creator tiers" hint="Leave all unticked to consider every size." error={errors.targetTiers}>
        <div className="checkbox-grid">
          {TIERS.map((tier) => (
            <label key={tier} className="checkbox">
              <input type="checkbox" checked={draft.targetTiers.includes(tier)} onChange={(e) => toggleTier(tier, e.target.checked)} />
              <span>
                <span className="capitalize">{tier}</span> <span className="muted">({tierRange(tier)})</span>
              </span>
            </label>
          ))}
        </div>
      </Fieldset>
      <Field label="Niches" hint="Press Enter or type a comma after each niche, e.g. fitness, food." error={errors.targetNiches}>
        {(control) => <TagInput {...control} value={draft.targetNiches} onChange={(targetNiches) => onChange({ targetNiches })} placeholder="Add a niche" />}
      </Field>
      <div className="grid-2">
        <Field label="Minimum engagement (%)" hint="Optional, e.g. 3 for 3%." error={errors.minEngagement}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              min={0}
              max={100}
              step={0.1}
              value={draft.minEngagement}
              onChange={(e) => onChange({ minEngagement: e.target.value })}
            />
          )}
        </Field>
        <Field label="Maximum rate" hint="Optional. The most you pay one creator." error={errors.maxRate}>
          {(control) => (
            <input {...control} className="input" inputMode="decimal" value={draft.maxRate} onChange={(e) => onChange({ maxRate: e.target.value })} />
          )}
        </Field>
      </div>
      <FollowUpFields draft={draft} errors={errors} onChange={onChange} />
      <SendWindowFields draft={draft} errors={errors} onChange={onChange} />
    </div>
  );
}

/** The optional send window: start and end hour (end exclusive, wrapping past midnight when earlier) and weekdays. */
function SendWindowFields({ draft, errors, onChange }: StepProps) {
  const panelId = useId();
  const sendWindow = draft.sendWindow;
  const setWindow = (patch: Partial<SendWindowDraft>) => onChange({ sendWindow: { ...sendWindow, ...patch } });
  const toggleDay = (day: Weekday, checked: boolean) =>
    setWindow({ days: checked ? WEEKDAYS.filter((d) => d === day || sendWindow.days.includes(d)) : sendWindow.days.filter((d) => d !== day) });
  const overnight = sendWindow.endHour < sendWindow.startHour;

  return (
    <Fieldset
      legend="Send window"
      hint="Optional. Without one, messages go out at any hour. With one, follow-ups and scheduled or bulk sends wait for these hours, in the creator’s time zone (else the store’s)."
      error={errors.sendWindow}
    >
      <label className="checkbox">
        <input
          type="checkbox"
          checked={sendWindow.enabled}
          aria-controls={sendWindow.enabled ? panelId : undefined}
          onChange={(e) => setWindow({ enabled: e.target.checked })}
        />
        <span>Only send during set hours</span>
      </label>
      {sendWindow.enabled && (
        <div id={panelId} className="send-window stack">
          <div className="grid-2">
            <Field label="Start hour" error={errors['sendWindow.startHour']}>
              {(control) => (
                <select {...control} className="select" value={sendWindow.startHour} onChange={(e) => setWindow({ startHour: Number(e.target.value) })}>
                  {HOURS.map((hour) => (
                    <option key={hour} value={hour}>
                      {formatHour(hour)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label="End hour"
              hint={
                overnight
                  ? `Runs overnight: from ${formatHour(sendWindow.startHour)} until ${formatHour(sendWindow.endHour)} the next day.`
                  : 'Not included: sending stops as this hour begins. An hour before the start runs past midnight.'
              }
              error={errors['sendWindow.endHour']}
            >
              {(control) => (
                <select {...control} className="select" value={sendWindow.endHour} onChange={(e) => setWindow({ endHour: Number(e.target.value) })}>
                  {HOURS.map((hour) => (
                    <option key={hour} value={hour}>
                      {hour === 0 ? `${formatHour(hour)} (midnight)` : formatHour(hour)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Fieldset legend="Days" error={errors['sendWindow.days']}>
            <div className="checkbox-grid checkbox-grid--days">
              {WEEKDAYS.map((day) => (
                <label key={day} className="checkbox">
                  <input type="checkbox" checked={sendWindow.days.includes(day)} onChange={(e) => toggleDay(day, e.target.checked)} />
                  <span>{WEEKDAY_LABELS[day].long}</span>
                </label>
              ))}
            </div>
          </Fieldset>
        </div>
      )}
    </Fieldset>
  );
}
