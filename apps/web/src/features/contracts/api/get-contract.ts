import type { ContractDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

export const getContract = (id: string, signal?: AbortSignal) =>
  api.get<ContractDto>(`/influencer/outreach/contracts/${encodeURIComponent(id)}`, undefined, signal);

export const contractQueryOptions = (storeId: string, id: string) =>
  queryOptions({ queryKey: contractKeys.detail(storeId, id), queryFn: ({ signal }) => getContract(id, signal) });

/** One contract with its terms, clauses and, once signed, the signing's audit record. */
export function useContract(id: string) {
  return useQuery(contractQueryOptions(useStoreId(), id));
}
