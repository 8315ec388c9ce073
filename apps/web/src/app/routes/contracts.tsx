import { useParams, useSearchParams } from 'react-router-dom';
import { ContractsOverview } from '@/features/contracts/components/contracts-overview';
import { ContractDetail } from '@/features/contracts/components/detail/contract-detail';
import { ContractEdit } from '@/features/contracts/components/detail/contract-edit';
import { NewContract } from '@/features/contracts/components/new-contract';
import { SigningPage } from '@/features/contracts/components/signing/signing-page';

export function ContractsRoute() {
  return <ContractsOverview />;
}

/** /contracts/new, or /contracts/new?offerId=…&outreachId=… to write it from an accepted offer. */
export function NewContractRoute() {
  const [params] = useSearchParams();
  const offerId = params.get('offerId');
  const outreachId = params.get('outreachId');
  // Keyed by the offer so following another offer's link starts from that offer's terms.
  return <NewContract key={`${offerId}|${outreachId}`} offerId={offerId} outreachId={outreachId} />;
}

export function ContractDetailRoute() {
  const { id = '' } = useParams();
  // Keyed by id so moving between contracts starts from fresh local state (a pending action, the PDF).
  return <ContractDetail key={id} id={id} />;
}

export function EditContractRoute() {
  const { id = '' } = useParams();
  return <ContractEdit key={id} id={id} />;
}

/** The creator's signing page: public, outside the signed-in layout. */
export function SignContractRoute() {
  const { token = '' } = useParams();
  return <SigningPage key={token} token={token} />;
}
