import { PLATFORMS, TIERS } from '@parley/shared-types';
import { useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';

export const FILTER_KEYS = ['q', 'platform', 'tier', 'niche', 'minEngagement', 'maxRate'] as const;
export type FilterValues = Record<(typeof FILTER_KEYS)[number], string>;

interface Props {
  values: FilterValues;
  onApply: (values: FilterValues) => void;
}

/**
 * Text filters apply on Enter or "Apply" (not on every keystroke, which would fire a request per
 * letter); the selects apply at once. The parent re-keys it when the URL changes (back button,
 * "Clear"), so the draft always starts from the applied filters.
 */
export function InfluencerFilters({ values, onApply }: Props) {
  const [draft, setDraft] = useState(values);

  const set = (key: keyof FilterValues, value: string, applyNow = false) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    if (applyNow) onApply(next);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  const empty = Object.fromEntries(FILTER_KEYS.map((key) => [key, ''])) as FilterValues;
  const active = FILTER_KEYS.some((key) => values[key]);

  return (
    <form role="search" aria-label="Filter influencers" className="card filter-bar" onSubmit={onSubmit}>
      <Field label="Search" className="filter-bar__search">
        {(control) => (
          <input {...control} type="search" className="input" placeholder="Username or name" value={draft.q} onChange={(e) => set('q', e.target.value)} />
        )}
      </Field>
      <Field label="Platform">
        {(control) => (
          <select {...control} className="select" value={draft.platform} onChange={(e) => set('platform', e.target.value, true)}>
            <option value="">All platforms</option>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {platform}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Tier">
        {(control) => (
          <select {...control} className="select" value={draft.tier} onChange={(e) => set('tier', e.target.value, true)}>
            <option value="">All tiers</option>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {tier}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Niche">{(control) => <input {...control} className="input" value={draft.niche} onChange={(e) => set('niche', e.target.value)} />}</Field>
      <Field label="Min. engagement (%)">
        {(control) => (
          <input
            {...control}
            className="input"
            type="number"
            min={0}
            max={100}
            step={0.1}
            value={draft.minEngagement}
            onChange={(e) => set('minEngagement', e.target.value)}
          />
        )}
      </Field>
      <Field label="Max. rate">
        {(control) => <input {...control} className="input" inputMode="decimal" value={draft.maxRate} onChange={(e) => set('maxRate', e.target.value)} />}
      </Field>
      <div className="filter-bar__actions">
        <button type="submit" className="btn btn--primary">
          Apply
        </button>
        {active && (
          <button type="button" className="btn btn--ghost" onClick={() => onApply(empty)}>
            Clear
          </button>
        )}
      </div>
    </form>
  );
}
