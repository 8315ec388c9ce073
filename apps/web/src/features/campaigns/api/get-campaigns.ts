import type { CampaignDto, CampaignStatus, ListOf, PageQuery } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { campaignKeys } from '../keys';

export interface CampaignFilters extends PageQuery {
  status?: CampaignStatus;
}

export type CampaignList = ListOf<'campaigns', CampaignDto>;

export const getCampaigns = (filters: CampaignFilters, signal?: AbortSignal) => api.get<CampaignList>('/influencer/outreach/campaigns', { ...filters }, signal);

export const campaignsQueryOptions = (storeId: string, filters: CampaignFilters) =>
  queryOptions({
    queryKey: campaignKeys.list(storeId, filters),
    queryFn: ({ signal }) => getCampaigns(filters, signal),
    // Keep the current cards on screen while another page or filter loads.
    placeholderData: keepPreviousData,
  });

export function useCampaigns(filters: CampaignFilters) {
  return useQuery(campaignsQueryOptions(useStoreId(), filters));
}
