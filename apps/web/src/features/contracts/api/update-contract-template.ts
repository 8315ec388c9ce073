import type { ContractTemplateDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';
import type { ContractTemplateInput } from './create-contract-template';

/** Any of the create fields; contracts already written keep their clauses as they were. */
export const updateContractTemplate = (id: string, patch: Partial<ContractTemplateInput>) =>
  api.patch<ContractTemplateDto>(`/contract-templates/${encodeURIComponent(id)}`, patch);

export function useUpdateContractTemplate() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<ContractTemplateInput> }) => updateContractTemplate(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contractKeys.templates(storeId) }),
  });
}
