import type { CampaignPerformanceDto, PerformanceSortKey } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { deliveryKeys } from '../keys';

/** How the per-creator page is sorted and which page it is; the API's default is spend, high to low. */
export interface PerformanceQuery {
  sort?: PerformanceSortKey;
  order?: 'asc' | 'desc';
  page?: number;
  perPage?: number;
}

export const getPerformance = (campaignId: string, query: PerformanceQuery = {}, signal?: AbortSignal) =>
  api.get<CampaignPerformanceDto>(`/influencer/outreach/campaigns/${encodeURIComponent(campaignId)}/performance`, { ...query }, signal);

export const performanceQueryOptions = (storeId: string, campaignId: string, query: PerformanceQuery = {}) =>
  queryOptions({ queryKey: [...deliveryKeys.performance(storeId, campaignId), query], queryFn: ({ signal }) => getPerformance(campaignId, query, signal) });

/**
 * Spend, views, engagements and the ratios of a campaign, per platform and for one sorted page of
 * creators, the funnel and the figures over time. Another sort or page keeps the last answer on
 * screen until the new one arrives, so the charts do not blink.
 */
export function usePerformance(campaignId: string, query: PerformanceQuery = {}) {
  return useQuery({ ...performanceQueryOptions(useStoreId(), campaignId, query), placeholderData: keepPreviousData });
}
