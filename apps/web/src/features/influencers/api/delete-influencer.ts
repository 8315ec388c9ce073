import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { influencerKeys } from '../keys';

export const deleteInfluencer = (id: string) => api.delete<void>(`/influencers/${encodeURIComponent(id)}`);

export function useDeleteInfluencer() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteInfluencer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: influencerKeys.lists(storeId) }),
  });
}
