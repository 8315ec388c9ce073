import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { RecordLoadError } from '@/components/ui/states';
import { Term } from '@/components/ui/term';
import { useContract } from '../../api/get-contract';
import { formatCompensation, influencerLabel } from '../labels';
import { ContractStatusBadge } from '../status-badge';
import { ContractActions } from './contract-actions';
import { ContractAudit } from './contract-audit';
import { ContractTermsAndClauses } from './contract-terms';
import { ContractTimeline } from './contract-timeline';
import { DeliveriesList } from './deliveries-list';
import { PdfPreview } from './pdf-preview';
import '../../contracts.css';

/** One contract: its terms and clauses, what happened to it, the signature record, the PDF, and what can be done next. */
export function ContractDetail({ id }: { id: string }) {
  const contract = useContract(id);

  if (contract.isPending) return <DetailSkeleton />;
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
        <Link to="/contracts">Contracts</Link>
      </nav>
      <PageHeader
        title={`Contract with ${c.influencerName}`}
        description={
          <span className="row">
            <ContractStatusBadge status={c.status} />
            <span>{c.campaignName}</span>
            <span className="muted">{formatCompensation(c.compensation, c.currency)}</span>
          </span>
        }
        actions={<ContractActions contract={c} />}
      />
      <div className="contract-layout">
        <div className="stack stack--lg">
          <ContractTermsAndClauses
            contract={c}
            before={
              <>
                <Term label="Influencer">
                  {influencerLabel(c)}
                  {c.influencerEmail && <span className="cell-sub">{c.influencerEmail}</span>}
                </Term>
                <Term label="Campaign">
                  <Link to={`/campaigns/${c.campaignId}`}>{c.campaignName}</Link>
                </Term>
                {c.offerId && <Term label="From">The accepted offer of the negotiation</Term>}
              </>
            }
          />
          <ContractTimeline contract={c} />
          {c.audit && <ContractAudit audit={c.audit} />}
          <DeliveriesList contractId={c.id} enabled={c.signedAt !== null} />
        </div>
        <PdfPreview contract={c} />
      </div>
    </div>
  );
}

function DetailSkeleton() {
  return (
    <div className="stack stack--lg" role="status" aria-label="Loading contract">
      <Skeleton height="2rem" width="40%" />
      <Skeleton height="12rem" />
      <Skeleton height="20rem" />
    </div>
  );
}
