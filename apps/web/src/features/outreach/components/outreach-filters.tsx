import { CHANNELS, OUTREACH_STATUSES } from '@parley/shared-types';
import { useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { CampaignFilter } from '@/features/campaigns/components/campaign-filter';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { OUTREACH_STATUS_LABELS } from './labels';

/** Filters kept in the URL; `bulkId` and `influencerId` come from links elsewhere (a bulk send's "View outreach"). */
export const FILTER_KEYS = ['q', 'status', 'channel', 'campaignId', 'bulkId', 'influencerId'] as const;
export type FilterValues = Record<(typeof FILTER_KEYS)[number], string>;

interface Props {
  values: FilterValues;
  onApply: (values: Partial<FilterValues>) => void;
}

/**
 * The search applies on Enter or "Apply" (not per keystroke); the selects apply at once. The parent
 * re-keys it when the URL changes (back button, "Clear"), so the draft starts from the applied filters.
 */
export function OutreachFilters({ values, onApply }: Props) {
  const [q, setQ] = useState(values.q);
  const active = ['q', 'status', 'channel', 'campaignId'].some((key) => values[key as keyof FilterValues]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ q });
  };

  return (
    <form role="search" aria-label="Filter outreach" className="card filter-bar" onSubmit={onSubmit}>
      <Field label="Search" className="filter-bar__search">
        {(control) => (
          <input {...control} type="search" className="input" placeholder="Creator name, username or email" value={q} onChange={(e) => setQ(e.target.value)} />
        )}
      </Field>
      <Field label="Status">
        {(control) => (
          <select {...control} className="select" value={values.status} onChange={(e) => onApply({ q, status: e.target.value })}>
            <option value="">All statuses</option>
            {OUTREACH_STATUSES.map((status) => (
              <option key={status} value={status}>
                {OUTREACH_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Channel">
        {(control) => (
          <select {...control} className="select" value={values.channel} onChange={(e) => onApply({ q, channel: e.target.value })}>
            <option value="">All channels</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CampaignFilter value={values.campaignId} onChange={(campaignId) => onApply({ q, campaignId })} />
      <div className="filter-bar__actions">
        <button type="submit" className="btn btn--primary">
          Apply
        </button>
        {active && (
          <button type="button" className="btn btn--ghost" onClick={() => onApply({ q: '', status: '', channel: '', campaignId: '' })}>
            Clear
          </button>
        )}
      </div>
    </form>
  );
}
