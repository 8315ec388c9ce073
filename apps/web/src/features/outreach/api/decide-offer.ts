import type { OfferDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

/**
 * accept: an open offer, its amount reserved against the campaign budget (409 BUDGET_EXCEEDED when it
 * does not fit), the other open offers superseded. reject: an open offer, the budget untouched.
 * cancel: withdraws the accepted offer, its amount released and the negotiation open again.
 */
export type OfferDecision = 'accept' | 'reject' | 'cancel';

export const decideOffer = (offerId: string, decision: OfferDecision) =>
  api.post<OfferDto>(`/influencer/outreach/offers/${encodeURIComponent(offerId)}/${decision}`);

/** Decisions that move the campaign's budget figures (allocated, remaining). */
const MOVES_BUDGET: ReadonlySet<OfferDecision> = new Set(['accept', 'cancel']);

export function useDecideOffer() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ offerId, decision }: { offerId: string; decision: OfferDecision }) => decideOffer(offerId, decision),
    // Both outcomes refetch: a 409 may mean the negotiation moved on meanwhile (decided in another tab).
    onSettled: (_offer, _error, { decision }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
        MOVES_BUDGET.has(decision) && queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
      ]),
  });
}
