import type { InfluencerFilters } from '@parley/shared-types';
import type { RatedDeliverable } from './api/get-suggested-rate';

/** Query keys of the influencers feature; each starts with the store so stores never share a cache entry. */
export const influencerKeys = {
  all: (storeId: string) => ['stores', storeId, 'influencers'] as const,
  lists: (storeId: string) => [...influencerKeys.all(storeId), 'list'] as const,
  list: (storeId: string, filters: InfluencerFilters) => [...influencerKeys.lists(storeId), filters] as const,
  /** Under one key so a rate card change or a profile edit refreshes every suggestion at once. */
  suggestedRates: (storeId: string) => [...influencerKeys.all(storeId), 'suggested-rate'] as const,
  /** `null` deliverables: the API's default, one piece of the creator's main format. */
  suggestedRate: (storeId: string, influencerId: string, deliverables: RatedDeliverable[] | null) =>
    [...influencerKeys.suggestedRates(storeId), influencerId, deliverables] as const,
};
