import type { OfferDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { EmptyState, RecordLoadError } from '@/components/ui/states';
import { useCampaign } from '@/features/campaigns/api/get-campaign';
import { useOffers } from '@/features/outreach/api/get-offers';
import { useOutreach } from '@/features/outreach/api/get-outreach';
import { creatorName } from '@/features/outreach/components/creator-name';
import { isUuid, OFFER_STATUS_LABELS } from '@/features/outreach/components/labels';
import { CreateContractForm } from './form/contract-form';
import { draftFromOffer, emptyDraft } from './form/contract-draft';
import { formatCompensation } from './labels';

/**
 * /contracts/new: a blank contract, or with `?offerId=…&outreachId=…` one written from that accepted
 * offer (its campaign, creator, deliverables, amount, currency and compensation type).
 */
export function NewContract({ offerId, outreachId }: { offerId: string | null; outreachId: string | null }) {
  const fromOffer = offerId !== null && outreachId !== null && isUuid(offerId) && isUuid(outreachId);
  return (
    <div className="stack stack--lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        {fromOffer ? <Link to={`/outreach/${outreachId}`}>Back to the negotiation</Link> : <Link to="/contracts">Contracts</Link>}
      </nav>
      <PageHeader
        title="New contract"
        description="The terms agreed with the creator. It is saved as a draft: check the PDF, then send it for an e-signature."
      />
      {fromOffer ? <FromOffer offerId={offerId} outreachId={outreachId} /> : <CreateContractForm initial={emptyDraft()} />}
    </div>
  );
}

function FromOffer({ offerId, outreachId }: { offerId: string; outreachId: string }) {
  const offers = useOffers(outreachId);
  const outreach = useOutreach(outreachId);
  const offer = offers.data?.offers.find((o) => o.id === offerId);

  if (offers.isPending || outreach.isPending) return <FormSkeleton />;
  if (offers.isError || outreach.isError) {
    return (
      <RecordLoadError
        resource="offer"
        error={offers.error ?? outreach.error}
        onRetry={() => void Promise.all([offers.refetch(), outreach.refetch()])}
        back={{ to: '/contracts', label: 'Back to contracts' }}
      />
    );
  }
  if (!offer) {
    return (
      <EmptyState title="Offer not found" action={<StartBlank outreachId={outreachId} />}>
        It is not one of this thread’s offers. It may have been removed, or the link is wrong.
      </EmptyState>
    );
  }
  if (offer.status !== 'accepted' || !offer.campaignId) {
    return (
      <EmptyState title="This offer is not accepted" action={<StartBlank outreachId={outreachId} />}>
        {offer.campaignId
          ? `Its status is ${OFFER_STATUS_LABELS[offer.status].toLowerCase()}. A contract is written from the accepted offer of a negotiation, whose amount is reserved against the campaign’s budget.`
          : 'It belongs to no campaign, and a contract is always for a campaign.'}
      </EmptyState>
    );
  }
  return <OfferForm offer={offer} campaignId={offer.campaignId} influencerName={creatorName(outreach.data.influencer)} outreachId={outreachId} />;
}

/** Waits for the campaign (its dates become the contract period), then writes the form from the offer. */
function OfferForm({ offer, campaignId, influencerName, outreachId }: { offer: OfferDto; campaignId: string; influencerName: string; outreachId: string }) {
  const campaign = useCampaign(campaignId);
  if (campaign.isPending) return <FormSkeleton />;
  return (
    <>
      <p className="notice" role="note">
        Written from the accepted offer of {formatCompensation(offer.amount, offer.currency)}. Add the period, due dates and anything else the agreement needs.
      </p>
      <CreateContractForm
        initial={draftFromOffer(offer, campaign.data)}
        offer={{ id: offer.id, outreachId, influencerName, campaignName: campaign.data?.name ?? 'The offer’s campaign' }}
      />
    </>
  );
}

function StartBlank({ outreachId }: { outreachId: string }) {
  return (
    <div className="row">
      <Link className="btn btn--primary" to={`/outreach/${outreachId}`}>
        Back to the negotiation
      </Link>
      <Link className="btn btn--secondary" to="/contracts/new">
        Start a blank contract
      </Link>
    </div>
  );
}

function FormSkeleton() {
  return (
    <div className="stack" role="status" aria-label="Loading the offer">
      <Skeleton height="3rem" />
      <Skeleton height="24rem" />
    </div>
  );
}
