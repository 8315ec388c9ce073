import type { CompensationType, Deliverable, OfferDto, OfferParty } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

/** The body of POST /influencer/outreach/:id/offers (the API validates it; there is no shared input type). */
export interface CreateOfferInput {
  /** A decimal string, e.g. "1200" or "1200.00". */
  amount: string;
  /** ISO 4217; the API's default is USD. */
  currency?: string;
  compensationType: CompensationType;
  deliverables: Deliverable[];
  note?: string;
  /** Who made it: the brand's own offer, or the creator's as the team records it. */
  from: OfferParty;
}

/**
 * Records an offer or counter-offer: 201 with the offer and its flags (above the campaign's max rate,
 * above the rate card); 422 naming the fields; 409 once an offer of the negotiation was accepted.
 */
export const createOffer = (outreachId: string, input: CreateOfferInput) =>
  api.post<OfferDto>(`/influencer/outreach/${encodeURIComponent(outreachId)}/offers`, input);

export function useCreateOffer(outreachId: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOfferInput) => createOffer(outreachId, input),
    // The offers, the thread's state and timeline, and the lists' negotiation badges all move.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
  });
}
