import { REPLY_SENTIMENTS } from '@parley/shared-types';
import { Field } from '@/components/ui/field';
import { FilterBar } from '@/components/ui/filter-bar';
import { CampaignFilter } from '@/features/campaigns/components/campaign-filter';
import { REPLY_SENTIMENT_LABELS } from '../labels';

/** Filters kept in the URL, so a filtered inbox survives a reload and opening a conversation. */
export const INBOX_FILTER_KEYS = ['q', 'replyCategory', 'replySentiment', 'campaignId', 'needsReview'] as const;
export type InboxFilterValues = Record<(typeof INBOX_FILTER_KEYS)[number], string>;

interface Props {
  values: InboxFilterValues;
  onApply: (values: Partial<InboxFilterValues>) => void;
}

/**
 * The search applies on Enter or "Apply"; the selects apply at once. The category and "Needs
 * review" are chips under it. The parent re-keys it when the URL changes, so the draft search
 * starts from the applied one.
 */
export function InboxFilters({ values, onApply }: Props) {
  const active = INBOX_FILTER_KEYS.some((key) => values[key]);
  return (
    <FilterBar
      label="Filter replies"
      className="inbox-filters"
      q={values.q}
      onSearch={(q) => onApply({ q })}
      onClear={active ? () => onApply({ q: '', replyCategory: '', replySentiment: '', campaignId: '', needsReview: '' }) : null}
    >
      {(q) => (
        <>
          <Field label="Sentiment">
            {(control) => (
              <select {...control} className="select" value={values.replySentiment} onChange={(e) => onApply({ q, replySentiment: e.target.value })}>
                <option value="">Any sentiment</option>
                {REPLY_SENTIMENTS.map((sentiment) => (
                  <option key={sentiment} value={sentiment}>
                    {REPLY_SENTIMENT_LABELS[sentiment]}
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
