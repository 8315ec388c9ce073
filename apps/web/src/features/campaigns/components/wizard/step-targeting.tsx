import { TIER_RANGES, TIERS, type Tier } from '@parley/shared-types';
import { Field, Fieldset } from '@/components/ui/field';
import { TagInput } from '@/components/ui/tag-input';
import { formatCompact } from '@/lib/format';
import type { StepProps } from './campaign-draft';

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
      <Field label="Follow-up days" hint="Days after the first message to follow up, e.g. 3, 7, 14. Leave empty for no follow-ups." error={errors.followUpDays}>
        {(control) => <input {...control} className="input" value={draft.followUpDays} onChange={(e) => onChange({ followUpDays: e.target.value })} />}
      </Field>
    </div>
  );
}
