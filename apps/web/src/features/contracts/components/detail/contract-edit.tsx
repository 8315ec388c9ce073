import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { EmptyState, RecordLoadError } from '@/components/ui/states';
import { useContract } from '../../api/get-contract';
import { EditContractForm } from '../form/contract-form';
import { CONTRACT_STATUS_LABELS } from '../labels';

/** /contracts/:id/edit: loads the contract, then hands a draft to the form (anything else cannot change). */
export function ContractEdit({ id }: { id: string }) {
  const contract = useContract(id);

  if (contract.isPending) {
    return (
      <div className="stack stack--lg" role="status" aria-label="Loading contract">
        <Skeleton height="2rem" width="40%" />
        <Skeleton height="24rem" />
      </div>
    );
  }
  if (contract.isError) {
    return (
      <RecordLoadError
        resource="contract"
        error={contract.error}
        onRetry={() => void contract.refetch()}
        back={{ to: '/contracts', label: 'Back to contracts' }}
      />
    );
  }

  const c = contract.data;
  return (
    <div className="stack stack--lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/contracts/${c.id}`}>Contract with {c.influencerName}</Link>
      </nav>
      <PageHeader title="Edit contract" description={`${c.influencerName} · ${c.campaignName}`} />
      {c.status === 'draft' ? (
        <EditContractForm contract={c} />
      ) : (
        <EmptyState
          title="Only a draft can be edited"
          action={
            <Link className="btn btn--primary" to={`/contracts/${c.id}`}>
              Back to the contract
            </Link>
          }
        >
          This contract is {CONTRACT_STATUS_LABELS[c.status].toLowerCase()}. To change its terms, cancel it and write a new one.
        </EmptyState>
      )}
    </div>
  );
}
