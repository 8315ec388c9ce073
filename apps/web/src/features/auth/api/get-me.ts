import type { MeDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { authKeys } from '../keys';

export const getMe = (signal?: AbortSignal) => api.get<MeDto>('/auth/me', undefined, signal);

export const meQueryOptions = (storeId: string) => queryOptions({ queryKey: authKeys.me(storeId), queryFn: ({ signal }) => getMe(signal) });

export function useMe() {
  return useQuery(meQueryOptions(useStoreId()));
}
