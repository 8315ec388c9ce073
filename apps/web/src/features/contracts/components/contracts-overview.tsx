import type { ContractStatus } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { isUuid } from '@/features/outreach/components/labels';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useContracts, type ContractFilters as Filters } from '../api/get-contracts';
import { ContractFilters, FILTER_KEYS, type FilterValues } from './contract-filters';
import { ContractsTable } from './contracts-table';
import { isContractStatus } from './labels';
import { StatusBoard } from './status-board';

/** URL values as API filters; malformed ones (a hand-edited URL) are dropped rather than sent. */
function toFilters(values: FilterValues): Filters {
  return {
    ...(isContractStatus(values.status) && { status: values.status }),
    ...(isUuid(values.campaignId) && { campaignId: values.campaignId }),
  };
}

export function ContractsOverview() {
  const { values, setFilters } = useUrlFilters(FILTER_KEYS);
  const filters = toFilters(values);
  const list = useContracts(filters);
  const filtered = Boolean(filters.status || filters.campaignId);

  return (
    <>
      <PageHeader
        title="Contracts"
        description="Agreements with creators: written from an accepted offer or from scratch, sent for an e-signature, and kept with the signed PDF."
        actions={
          <Link className="btn btn--primary" to="/contracts/new">
            New contract
          </Link>
        }
      />
      <StatusBoard
        campaignId={filters.campaignId}
        selected={filters.status}
        onSelect={(status: ContractStatus | undefined) => setFilters({ status: status ?? '' })}
      />
      <ContractFilters values={values} onApply={setFilters} />
      <section aria-label="Contract list" aria-busy={list.isFetching} className="stack">
        <ContractResults query={list} filtered={filtered} />
      </section>
    </>
  );
}

function ContractResults({ query, filtered }: { query: ReturnType<typeof useContracts>; filtered: boolean }) {
  if (query.isPending) return <RowsSkeleton label="Loading contracts" rows={5} />;
  if (query.isError && !query.data) return <ErrorState title="Could not load contracts" error={query.error} onRetry={() => void query.refetch()} />;

  const contracts = query.data?.pages.flatMap((page) => page.contracts) ?? [];
  if (!contracts.length && filtered) {
    return <EmptyState title="No contracts match these filters">Try another status or campaign.</EmptyState>;
  }
  if (!contracts.length) {
    return (
      <EmptyState
        title="No contracts yet"
        action={
          <Link className="btn btn--primary" to="/contracts/new">
            New contract
          </Link>
        }
      >
        Write one from scratch, or open an outreach thread whose offer was accepted and choose Create contract beside it: the terms carry over.
      </EmptyState>
    );
  }
  return (
    <>
      <ContractsTable contracts={contracts} />
      {query.isFetchNextPageError && <ErrorState title="Could not load more contracts" error={query.error} onRetry={() => void query.fetchNextPage()} />}
      {query.hasNextPage && !query.isFetchNextPageError && (
        <div className="row">
          <button type="button" className="btn btn--secondary" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </>
  );
}
