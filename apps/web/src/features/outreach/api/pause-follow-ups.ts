import type { OutreachDetailDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

/** Stops this outreach's automatic follow-ups (the planned ones are cleared); answers the outreach with its new plan. */
export const pauseFollowUps = (id: string) => api.post<OutreachDetailDto>(`/influencer/outreach/${encodeURIComponent(id)}/follow-ups/pause`);

/** Lets them run again: the remaining steps are planned anew. */
export const resumeFollowUps = (id: string) => api.post<OutreachDetailDto>(`/influencer/outreach/${encodeURIComponent(id)}/follow-ups/resume`);

/** `mutate(true)` pauses, `mutate(false)` resumes. */
export function useSetFollowUpsPaused(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (paused: boolean) => (paused ? pauseFollowUps(id) : resumeFollowUps(id)),
    onSuccess: (outreach) => queryClient.setQueryData(outreachKeys.detail(storeId, id), outreach),
    // Both outcomes refetch: a failure may mean the thread moved on (a reply came in), so the screen should catch up.
    onSettled: () => queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
  });
}
