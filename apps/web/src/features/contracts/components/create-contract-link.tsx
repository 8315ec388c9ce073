import type { OfferDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';

/**
 * "Create contract" for an accepted offer: opens the contract form with the offer's terms filled in
 * (/contracts/new?offerId=…&outreachId=…). Renders nothing for an offer that is not accepted.
 */
export function CreateContractLink({
  offer,
  className = 'btn btn--primary btn--small',
}: {
  offer: Pick<OfferDto, 'id' | 'outreachId' | 'status'>;
  className?: string;
}) {
  if (offer.status !== 'accepted') return null;
  const params = new URLSearchParams({ offerId: offer.id, outreachId: offer.outreachId });
  return (
    <Link className={className} to={`/contracts/new?${params.toString()}`}>
      Create contract
    </Link>
  );
}
