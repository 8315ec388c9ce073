import type { InfluencerDto, InfluencerFilters, ListOf } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { influencerKeys } from '../keys';

export type InfluencerList = ListOf<'influencers', InfluencerDto>;

export const getInfluencers = (filters: InfluencerFilters, signal?: AbortSignal) => api.get<InfluencerList>('/influencers', { ...filters }, signal);

export const influencersQueryOptions = (storeId: string, filters: InfluencerFilters) =>
  queryOptions({
    queryKey: influencerKeys.list(storeId, filters),
    queryFn: ({ signal }) => getInfluencers(filters, signal),
    // Keep the current rows on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });

export function useInfluencers(filters: InfluencerFilters) {
  return useQuery(influencersQueryOptions(useStoreId(), filters));
}
