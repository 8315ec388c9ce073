import type { ContractDto, ContractStatus, Pagination } from '@parley/shared-types';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

export interface ContractFilters {
  campaignId?: string;
  influencerId?: string;
  status?: ContractStatus;
}

/**
 * One page of contracts, newest first. The API pages either by cursor (`nextCursor`, null on the
 * last page) or by number (`pagination`, as the other lists do); both are read, so "Load more"
 * works with either.
 */
export interface ContractPage {
  contracts: ContractDto[];
  nextCursor?: string | null;
  pagination?: Pagination;
}

/** Where the next page starts: a cursor or a page number; undefined for the first page. */
export type ContractPageParam = { cursor: string } | { page: number } | undefined;

export const getContracts = (filters: ContractFilters, from: ContractPageParam, signal?: AbortSignal) =>
  api.get<ContractPage>('/influencer/outreach/contracts', { ...filters, ...from }, signal);

/** The next page's start, if there is one. */
export function nextPageOf(last: ContractPage): ContractPageParam {
  if (last.nextCursor) return { cursor: last.nextCursor };
  const p = last.pagination;
  return p && p.page < p.pages ? { page: p.page + 1 } : undefined;
}

export const contractsQueryOptions = (storeId: string, filters: ContractFilters) =>
  infiniteQueryOptions({
    queryKey: contractKeys.list(storeId, filters),
    queryFn: ({ pageParam, signal }) => getContracts(filters, pageParam, signal),
    initialPageParam: undefined as ContractPageParam,
    getNextPageParam: nextPageOf,
    // Keep the current rows on screen while another filter loads.
    placeholderData: keepPreviousData,
  });

/** The pages loaded so far ("Load more" adds the next). */
export function useContracts(filters: ContractFilters) {
  return useInfiniteQuery(contractsQueryOptions(useStoreId(), filters));
}
