import type { ContractSummaryDto } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

/** How many contracts are in each status, store-wide or in one campaign. */
export const getContractSummary = (campaignId: string | undefined, signal?: AbortSignal) =>
  api.get<ContractSummaryDto>('/influencer/outreach/contracts/summary', { campaignId }, signal);

export const contractSummaryQueryOptions = (storeId: string, campaignId: string | undefined) =>
  queryOptions({
    queryKey: contractKeys.summary(storeId, campaignId),
    queryFn: ({ signal }) => getContractSummary(campaignId, signal),
    placeholderData: keepPreviousData,
  });

export function useContractSummary(campaignId: string | undefined) {
  return useQuery(contractSummaryQueryOptions(useStoreId(), campaignId));
}
