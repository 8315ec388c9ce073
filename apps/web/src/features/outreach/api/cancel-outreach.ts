import type { OutreachDetailDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

/** Stops a scheduled, queued or ready_to_send outreach; the API answers 409 once it has gone. */
export const cancelOutreach = (id: string) => api.post<OutreachDetailDto>(`/influencer/outreach/${encodeURIComponent(id)}/cancel`);

export function useCancelOutreach(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelOutreach(id),
    onSuccess: (outreach) => queryClient.setQueryData(outreachKeys.detail(storeId, id), outreach),
    // Both outcomes refetch: a 409 means it was sent meanwhile, so the thread should catch up.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
      ]),
  });
}
