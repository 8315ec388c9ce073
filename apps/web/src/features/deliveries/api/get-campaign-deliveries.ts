import type { DeliveryDto, DeliveryStatus, Pagination } from '@parley/shared-types';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { deliveryKeys } from '../keys';

/** The API's largest page. */
export const BOARD_PAGE = 100;

export interface DeliveriesPage {
  deliveries: DeliveryDto[];
  pagination: Pagination;
}

/** One status of a campaign's deliveries, soonest due first. */
export const getCampaignDeliveries = (campaignId: string, status: DeliveryStatus, page: number, signal?: AbortSignal) =>
  api.get<DeliveriesPage>('/influencer/outreach/deliveries', { campaignId, status, page, perPage: BOARD_PAGE }, signal);

export const boardColumnQueryOptions = (storeId: string, campaignId: string, status: DeliveryStatus) =>
  infiniteQueryOptions({
    queryKey: deliveryKeys.column(storeId, campaignId, status),
    queryFn: ({ pageParam, signal }) => getCampaignDeliveries(campaignId, status, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last: DeliveriesPage) => (last.pagination.page < last.pagination.pages ? last.pagination.page + 1 : undefined),
  });

/** A board column: the first 100, and more on demand ("Show more"). */
export function useBoardColumn(campaignId: string, status: DeliveryStatus, enabled = true) {
  return useInfiniteQuery({ ...boardColumnQueryOptions(useStoreId(), campaignId, status), enabled });
}
