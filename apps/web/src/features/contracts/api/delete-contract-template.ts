import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

/** 204; contracts written from it keep their clauses. */
export const deleteContractTemplate = (id: string) => api.delete<undefined>(`/contract-templates/${encodeURIComponent(id)}`);

export function useDeleteContractTemplate() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContractTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contractKeys.templates(storeId) }),
  });
}
