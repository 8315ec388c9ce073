import type { DeliveryDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

/** The pieces of content a contract promises, one row per piece, created when it is signed. */
export const getDeliveries = (contractId: string, signal?: AbortSignal) =>
  api.get<{ deliveries: DeliveryDto[] }>(`/influencer/outreach/contracts/${encodeURIComponent(contractId)}/deliveries`, undefined, signal);

export const deliveriesQueryOptions = (storeId: string, contractId: string) =>
  queryOptions({ queryKey: contractKeys.deliveries(storeId, contractId), queryFn: ({ signal }) => getDeliveries(contractId, signal) });

/** `enabled: false` until there can be any (the contract was signed). */
export function useDeliveries(contractId: string, enabled = true) {
  return useQuery({ ...deliveriesQueryOptions(useStoreId(), contractId), enabled });
}
