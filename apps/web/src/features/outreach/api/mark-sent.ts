import type { OutreachDetailDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

export interface MarkSentInput {
  outreachId: string;
  /** The ready_to_send message sent by hand; without it, the outreach's oldest one. */
  messageId?: string;
}

/** Records that a person sent an assisted DM by hand: the message (and a first one's outreach) becomes sent. */
export const markSent = ({ outreachId, messageId }: MarkSentInput) =>
  api.post<OutreachDetailDto>(`/influencer/outreach/${encodeURIComponent(outreachId)}/mark-sent`, messageId ? { messageId } : {});

export function useMarkSent() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markSent,
    onSuccess: (outreach) => queryClient.setQueryData(outreachKeys.detail(storeId, outreach.id), outreach),
    // Either way the task list catches up (a 409 means someone marked it, or cancelled it, meanwhile).
    onSettled: (_data, _error, { outreachId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: outreachKeys.lists(storeId) }),
        queryClient.invalidateQueries({ queryKey: outreachKeys.detail(storeId, outreachId) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
      ]),
  });
}
