import { CONTRACT_STATUSES } from '@parley/shared-types';
import { Field } from '@/components/ui/field';
import { CampaignFilter } from '@/features/campaigns/components/campaign-filter';
import { CONTRACT_STATUS_LABELS } from './labels';
import '../contracts.css';

/** Filters kept in the URL. */
export const FILTER_KEYS = ['status', 'campaignId'] as const;
export type FilterValues = Record<(typeof FILTER_KEYS)[number], string>;

interface Props {
  values: FilterValues;
  onApply: (values: Partial<FilterValues>) => void;
}

/** Status and campaign, each applied as soon as it is chosen. */
export function ContractFilters({ values, onApply }: Props) {
  const active = Boolean(values.status || values.campaignId);
  return (
    <form role="search" aria-label="Filter contracts" className="card filter-bar contract-filters" onSubmit={(e) => e.preventDefault()}>
      <Field label="Status">
        {(control) => (
          <select {...control} className="select" value={values.status} onChange={(e) => onApply({ status: e.target.value })}>
            <option value="">All statuses</option>
            {CONTRACT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {CONTRACT_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CampaignFilter value={values.campaignId} onChange={(campaignId) => onApply({ campaignId })} />
      {active && (
        <div className="filter-bar__actions">
          <button type="button" className="btn btn--ghost" onClick={() => onApply({ status: '', campaignId: '' })}>
            Clear
          </button>
        </div>
      )}
    </form>
  );
}
