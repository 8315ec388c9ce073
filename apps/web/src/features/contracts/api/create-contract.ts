import type { CompensationType, ContractDto, IsoDate, Platform, UsageRights } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { outreachKeys } from '@/features/outreach/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

export interface ContractDeliverableInput {
  type: string;
  platform: Platform;
  quantity: number;
  dueDate?: IsoDate;
}

/** The body of POST /influencer/outreach/contracts (the API validates it; there is no shared input type). */
export interface CreateContractInput {
  campaignId: string;
  influencerId: string;
  deliverables: ContractDeliverableInput[];
  /** A decimal string, e.g. "750" or "750.00". */
  compensation: string;
  compensationType: CompensationType;
  startDate: IsoDate;
  endDate: IsoDate;
  contentGuidelines?: string;
  mustInclude?: string[];
  mustAvoid?: string[];
  exclusivity?: boolean;
  usageRights?: UsageRights;
  /** ISO 4217; the API's default is USD. */
  currency?: string;
  /** An accepted offer of this creator in this campaign: its budget reservation becomes the contract's. */
  offerId?: string;
  /** Without it, the store's default template, else the built-in agreement. */
  templateId?: string;
}

/**
 * Writes a draft contract: 201 with it; 409 BUDGET_EXCEEDED when the compensation does not fit what
 * is left of the campaign's budget; 422 naming the fields.
 */
export const createContract = (input: CreateContractInput) => api.post<ContractDto>('/influencer/outreach/contracts', input);

export function useCreateContract() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContract,
    onSuccess: async (contract) => {
      queryClient.setQueryData(contractKeys.detail(storeId, contract.id), contract);
      // The amount is reserved against the campaign's budget (or takes over the offer's reservation).
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contractKeys.lists(storeId) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
        contract.offerId && queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
      ]);
    },
  });
}
