import type { NegotiationState } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

/** Ends the negotiation: its open offers are rejected (409 while an offer is accepted: withdraw it first). */
export const walkAway = (outreachId: string, note?: string) =>
  api.post<{ negotiationState: Extract<NegotiationState, 'walked_away'> }>(
    `/influencer/outreach/${encodeURIComponent(outreachId)}/offers/walk-away`,
    note ? { note } : {},
  );

export function useWalkAway(outreachId: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note?: string) => walkAway(outreachId, note),
    onSettled: () => queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
  });
}
