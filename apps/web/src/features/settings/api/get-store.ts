import type { StoreDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

export const getStore = (signal?: AbortSignal) => api.get<StoreDto>('/store', undefined, signal);

export const storeQueryOptions = (storeId: string) => queryOptions({ queryKey: settingsKeys.store(storeId), queryFn: ({ signal }) => getStore(signal) });

export function useStore() {
  return useQuery(storeQueryOptions(useStoreId()));
}
