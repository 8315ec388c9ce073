import type { DeliveryDetailDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { deliveryKeys } from '../keys';

export const getDelivery = (id: string, signal?: AbortSignal) =>
  api.get<DeliveryDetailDto>(`/influencer/outreach/deliveries/${encodeURIComponent(id)}`, undefined, signal);

export const deliveryQueryOptions = (storeId: string, id: string) =>
  queryOptions({ queryKey: deliveryKeys.detail(storeId, id), queryFn: ({ signal }) => getDelivery(id, signal) });

/** One delivery with its campaign's name, the brief its caption is checked against and the history of its figures. */
export function useDelivery(id: string) {
  return useQuery(deliveryQueryOptions(useStoreId(), id));
}
