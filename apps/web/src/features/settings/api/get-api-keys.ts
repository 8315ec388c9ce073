import type { ApiKeyDto, ListOf, PageQuery } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

export type ApiKeyList = ListOf<'apiKeys', ApiKeyDto>;

export const getApiKeys = (query: PageQuery, signal?: AbortSignal) => api.get<ApiKeyList>('/api-keys', { ...query }, signal);

export const apiKeysQueryOptions = (storeId: string, query: PageQuery) =>
  queryOptions({
    queryKey: settingsKeys.apiKeyList(storeId, query),
    queryFn: ({ signal }) => getApiKeys(query, signal),
    placeholderData: keepPreviousData,
  });

export function useApiKeys(query: PageQuery) {
  return useQuery(apiKeysQueryOptions(useStoreId(), query));
}
