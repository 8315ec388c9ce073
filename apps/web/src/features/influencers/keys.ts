import type { InfluencerFilters } from '@parley/shared-types';

/** Query keys of the influencers feature; each starts with the store so stores never share a cache entry. */
export const influencerKeys = {
  all: (storeId: string) => ['stores', storeId, 'influencers'] as const,
  lists: (storeId: string) => [...influencerKeys.all(storeId), 'list'] as const,
  list: (storeId: string, filters: InfluencerFilters) => [...influencerKeys.lists(storeId), filters] as const,
};
