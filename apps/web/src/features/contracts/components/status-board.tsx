import { CONTRACT_STATUSES, type ContractStatus } from '@parley/shared-types';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { formatInteger } from '@/lib/format';
import { useContractSummary } from '../api/get-contract-summary';
import { CONTRACT_STATUS_LABELS } from './labels';
import '../contracts.css';

interface Props {
  /** Counts in one campaign, or store-wide. */
  campaignId: string | undefined;
  /** The status the list is filtered by, if any. */
  selected: ContractStatus | undefined;
  /** Filters the list by a status, or clears the filter (the same status again). */
  onSelect: (status: ContractStatus | undefined) => void;
}

/**
 * How many contracts are in each status: one bar split by status (decoration), and the counts as
 * buttons that filter the list below.
 */
export function StatusBoard({ campaignId, selected, onSelect }: Props) {
  const summary = useContractSummary(campaignId);
  const counts = summary.data?.byStatus;
  const total = counts ? CONTRACT_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0) : 0;

  return (
    <section className="card stack" aria-labelledby="contract-board-title" aria-busy={summary.isFetching}>
      <div className="section-header">
        <h2 id="contract-board-title" className="section-title">
          Contracts by status
        </h2>
        {counts && (
          <span className="muted small">
            {formatInteger(total)} {total === 1 ? 'contract' : 'contracts'}
            {campaignId ? ' in this campaign' : ''}
          </span>
        )}
      </div>
      {summary.isPending ? (
        <RowsSkeleton label="Loading the status counts" rows={1} />
      ) : summary.isError ? (
        <ErrorState title="Could not load the status counts" error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <div className="contract-board__track" aria-hidden="true">
            {CONTRACT_STATUSES.filter((status) => counts?.[status]).map((status) => (
              <span
                key={status}
                className={`contract-board__segment contract-status--${status}`}
                style={{ width: `${((counts?.[status] ?? 0) / Math.max(1, total)) * 100}%` }}
                title={`${CONTRACT_STATUS_LABELS[status]}: ${formatInteger(counts?.[status] ?? 0)}`}
              />
            ))}
          </div>
          <ul className="status-counts" aria-label="Contracts per status">
            {CONTRACT_STATUSES.map((status) => (
              <li key={status}>
                <button
                  type="button"
                  className="status-counts__item"
                  aria-pressed={selected === status}
                  onClick={() => onSelect(selected === status ? undefined : status)}
                  title={selected === status ? 'Show every status' : `Show only ${CONTRACT_STATUS_LABELS[status].toLowerCase()} contracts`}
                >
                  <span className={`contract-board__swatch contract-status--${status}`} aria-hidden="true" />
                  {CONTRACT_STATUS_LABELS[status]} <span className="status-counts__value">{formatInteger(counts?.[status] ?? 0)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
