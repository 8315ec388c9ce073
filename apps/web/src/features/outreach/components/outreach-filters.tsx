import { CHANNELS, OUTREACH_STATUSES } from '@parley/shared-types';
import { Field } from '@/components/ui/field';
import { FilterBar } from '@/components/ui/filter-bar';
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
  const active = ['q', 'status', 'channel', 'campaignId'].some((key) => values[key as keyof FilterValues]);
  return (
    <FilterBar label="Filter outreach" q={values.q} onSearch={(q) => onApply({ q })} onClear={active ? () => onApply({ q: '', status: '', channel: '', campaignId: '' }) : null}>
      {(q) => (
        <>
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
        </>
      )}
    </FilterBar>
  );
}
