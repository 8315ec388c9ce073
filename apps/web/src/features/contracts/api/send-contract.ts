import type { ContractDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outreachKeys } from '@/features/outreach/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

/**
 * Emails the creator a link to read and sign the contract (draft → sent). Sending again mails a new
 * link and the old one stops working.
 */
export const sendContract = (id: string) => api.post<ContractDto>(`/influencer/outreach/contracts/${encodeURIComponent(id)}/send`, {});

export function useSendContract(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendContract(id),
    onSuccess: (contract) => queryClient.setQueryData(contractKeys.detail(storeId, id), contract),
    // Both outcomes refetch: a 409 means it moved on meanwhile (signed or cancelled in another tab).
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contractKeys.all(storeId) }),
        queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
      ]),
  });
}
