import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useStoreId } from '@/lib/session-context';
import { notificationKeys } from '../keys';

/** The body of PATCH /notifications: one outreach's notifications, some by id, or all of them. */
export type MarkReadInput = { outreachId: string } | { ids: string[] } | { all: true };

/** Answers how many notifications changed (0 when they were read already). */
export const markNotificationsRead = (input: MarkReadInput) => api.patch<{ updated: number }>('/notifications', input);

export function useMarkNotificationsRead() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all(storeId) }),
  });
}
