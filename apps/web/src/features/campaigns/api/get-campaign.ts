import type { CampaignDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { campaignKeys } from '../keys';

export const getCampaign = (id: string, signal?: AbortSignal) =>
  api.get<CampaignDto>(`/influencer/outreach/campaigns/${encodeURIComponent(id)}`, undefined, signal);

export const campaignQueryOptions = (storeId: string, id: string) =>
  queryOptions({ queryKey: campaignKeys.detail(storeId, id), queryFn: ({ signal }) => getCampaign(id, signal) });

export function useCampaign(id: string) {
  return useQuery(campaignQueryOptions(useStoreId(), id));
}
