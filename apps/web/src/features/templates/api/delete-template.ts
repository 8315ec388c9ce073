import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { templateKeys } from '../keys';

export const deleteTemplate = (id: string) => api.delete<{ id: string; deleted: true }>(`/influencer/outreach/templates/${encodeURIComponent(id)}`);

export function useDeleteTemplate() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTemplate,
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: templateKeys.detail(storeId, id) });
      await queryClient.invalidateQueries({ queryKey: templateKeys.lists(storeId) });
    },
  });
}
