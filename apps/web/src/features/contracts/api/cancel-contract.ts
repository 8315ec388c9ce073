import type { ContractDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { outreachKeys } from '@/features/outreach/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

/** Withdraws the contract (its signing link stops working) and releases its amount back to the campaign's budget; 409 once completed or cancelled. */
export const cancelContract = (id: string) => api.post<ContractDto>(`/influencer/outreach/contracts/${encodeURIComponent(id)}/cancel`, {});

export function useCancelContract(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelContract(id),
    onSuccess: (contract) => queryClient.setQueryData(contractKeys.detail(storeId, id), contract),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contractKeys.all(storeId) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
        queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
      ]),
  });
}
