import type { CampaignFilters } from './api/get-campaigns';
import type { CampaignInfluencersQuery } from './api/get-campaign-influencers';

/** Query keys of the campaigns feature; each starts with the store so stores never share a cache entry. */
export const campaignKeys = {
  all: (storeId: string) => ['stores', storeId, 'campaigns'] as const,
  lists: (storeId: string) => [...campaignKeys.all(storeId), 'list'] as const,
  list: (storeId: string, filters: CampaignFilters) => [...campaignKeys.lists(storeId), filters] as const,
  /** Under `lists`: whatever changes a list changes the totals too. */
  summary: (storeId: string) => [...campaignKeys.lists(storeId), 'summary'] as const,
  detail: (storeId: string, id: string) => [...campaignKeys.all(storeId), 'detail', id] as const,
  influencers: (storeId: string, id: string, query: CampaignInfluencersQuery) => [...campaignKeys.detail(storeId, id), 'influencers', query] as const,
};
