import type { CampaignSummaryDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useStoreId } from '@/lib/session-context';
import { campaignKeys } from '../keys';

export const getCampaignSummary = (signal?: AbortSignal) => api.get<CampaignSummaryDto>('/influencer/outreach/campaigns/summary', undefined, signal);

export const campaignSummaryQueryOptions = (storeId: string) =>
  queryOptions({ queryKey: campaignKeys.summary(storeId), queryFn: ({ signal }) => getCampaignSummary(signal) });

export function useCampaignSummary() {
  return useQuery(campaignSummaryQueryOptions(useStoreId()));
}
