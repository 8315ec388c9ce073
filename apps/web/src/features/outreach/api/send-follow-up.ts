import type { FollowUpResultDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

/** The body of POST /influencer/outreach/:id/follow-up (the API validates it; there is no shared input type). */
export interface SendFollowUpInput {
  /** Text of one's own; without it, the next step's template (or the AI writer) writes the follow-up. */
  message?: string;
}

/**
 * Sends the next follow-up of the sequence now rather than at its planned time. `{sent: false, reason}`
 * when there is nothing to send (the creator replied, follow-ups are paused, the sequence is over, …).
 */
export const sendFollowUp = (id: string, input: SendFollowUpInput) =>
  api.post<FollowUpResultDto>(`/influencer/outreach/${encodeURIComponent(id)}/follow-up`, input);

export function useSendFollowUp(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendFollowUpInput) => sendFollowUp(id, input),
    // Sent or not, the thread (a new message, a new plan) and the lists' follow-up counts may have changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
  });
}
