import type { ContractClauseDto, ContractTemplateDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

/** The body of POST /contract-templates (the API validates it; there is no shared input type). */
export interface ContractTemplateInput {
  name: string;
  clauses: ContractClauseDto[];
  /** The store's default: used by contracts that name no template (one default at a time). */
  isDefault?: boolean;
}

export const createContractTemplate = (input: ContractTemplateInput) => api.post<ContractTemplateDto>('/contract-templates', input);

export function useCreateContractTemplate() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContractTemplate,
    // A new default unsets the old one, so the whole list is read again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contractKeys.templates(storeId) }),
  });
}
