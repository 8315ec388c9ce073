import type { ListOf, PageQuery, SuppressionDto } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

export interface SuppressionListQuery extends PageQuery {
  /** Part of an address. */
  q?: string;
}

export type SuppressionList = ListOf<'suppressions', SuppressionDto>;

/** The store's do-not-contact list, newest first. */
export const getSuppressions = (query: SuppressionListQuery, signal?: AbortSignal) => api.get<SuppressionList>('/suppressions', { ...query }, signal);

export const suppressionsQueryOptions = (storeId: string, query: SuppressionListQuery) =>
  queryOptions({
    queryKey: settingsKeys.suppressionList(storeId, query),
    queryFn: ({ signal }) => getSuppressions(query, signal),
    // Keep the current list on screen while another search or page loads.
    placeholderData: keepPreviousData,
  });

export function useSuppressions(query: SuppressionListQuery) {
  return useQuery(suppressionsQueryOptions(useStoreId(), query));
}
