import type { ContractDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';
import type { CreateContractInput } from './create-contract';

/** A PATCH body: any create field but who and what it is for (campaign, creator, offer); null clears the guidelines. */
export type ContractPatch = Partial<Omit<CreateContractInput, 'campaignId' | 'influencerId' | 'offerId' | 'contentGuidelines'>> & {
  contentGuidelines?: string | null;
};

/** Changes a draft (a new template rewrites its clauses); 409 CONFLICT once it has been sent or signed, or when a new compensation does not fit the budget. */
export const updateContract = (id: string, patch: ContractPatch) => api.patch<ContractDto>(`/influencer/outreach/contracts/${encodeURIComponent(id)}`, patch);

export function useUpdateContract(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ContractPatch) => updateContract(id, patch),
    onSuccess: async (contract) => {
      queryClient.setQueryData(contractKeys.detail(storeId, id), contract);
      // A new compensation moves the campaign's reserved budget.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contractKeys.lists(storeId) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
      ]);
    },
  });
}
