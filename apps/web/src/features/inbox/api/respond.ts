import type { ThreadMessageDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outreachKeys } from '@/features/outreach/keys';
import { api } from '@/lib/api-client';
import { useStoreId } from '@/lib/session-context';

/**
 * Sends the brand's answer in the same thread and channel; answers the new message, `queued`, which
 * becomes `sent`, or on a DM whose window is closed `ready_to_send` (an assisted task, never an error).
 * 409 SUPPRESSED when the address is on the do-not-contact list.
 */
export const respond = (id: string, message: string) => api.post<ThreadMessageDto>(`/influencer/outreach/${encodeURIComponent(id)}/respond`, { message });

export function useRespond(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: string) => respond(id, message),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: outreachKeys.detail(storeId, id) }),
        queryClient.invalidateQueries({ queryKey: outreachKeys.lists(storeId) }),
      ]),
  });
}
