import type { ListOf, PageQuery, UnmatchedEmailDto } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useStoreId } from '@/lib/session-context';
import { inboxKeys } from '../keys';

export type UnmatchedList = ListOf<'emails', UnmatchedEmailDto>;

/** Mail to the store's addresses that matched no outreach, newest first. */
export const getUnmatched = (query: PageQuery, signal?: AbortSignal) => api.get<UnmatchedList>('/inbound/unmatched', { ...query }, signal);

export const unmatchedQueryOptions = (storeId: string, query: PageQuery) =>
  queryOptions({ queryKey: inboxKeys.unmatched(storeId, query), queryFn: ({ signal }) => getUnmatched(query, signal), placeholderData: keepPreviousData });

export function useUnmatched(query: PageQuery) {
  return useQuery(unmatchedQueryOptions(useStoreId(), query));
}
