import type { SuggestedRateDto, SuggestedRateItemDto } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { influencerKeys } from '../keys';

/** One deliverable to price, as the API takes it (derived from the wire type). */
export type RatedDeliverable = Pick<SuggestedRateItemDto, 'type' | 'platform' | 'quantity'>;

/**
 * What a creator should cost for the deliverables: the store's rate card for their tier, adjusted by
 * their engagement. `null` leaves `deliverables` out, and the API prices one piece of the creator's
 * main format.
 */
export const getSuggestedRate = (influencerId: string, deliverables: RatedDeliverable[] | null, signal?: AbortSignal) =>
  api.get<SuggestedRateDto>(
    `/influencers/${encodeURIComponent(influencerId)}/suggested-rate`,
    { deliverables: deliverables ? JSON.stringify(deliverables) : undefined },
    signal,
  );

export const suggestedRateQueryOptions = (storeId: string, influencerId: string, deliverables: RatedDeliverable[] | null) =>
  queryOptions({
    queryKey: influencerKeys.suggestedRate(storeId, influencerId, deliverables),
    queryFn: ({ signal }) => getSuggestedRate(influencerId, deliverables, signal),
    // Keep the last figures on screen while the next set of deliverables is priced.
    placeholderData: keepPreviousData,
  });

export function useSuggestedRate(influencerId: string, deliverables: RatedDeliverable[] | null) {
  return useQuery(suggestedRateQueryOptions(useStoreId(), influencerId, deliverables));
}
