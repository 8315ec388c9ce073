import type { OutreachDetailDto, ReplyCategory, ReplySentiment } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { notificationKeys } from '@/features/notifications/keys';
import { outreachKeys } from '@/features/outreach/keys';
import { api } from '@/lib/api-client';
import { useStoreId } from '@/lib/session-context';

/** What POST /influencer/outreach/:id/reply answers: the reply as categorised, and a draft answer. */
export interface LoggedReply {
  outreach: OutreachDetailDto;
  category: ReplyCategory;
  sentiment: ReplySentiment;
  confidence: number;
  needsReview: boolean;
  suggestedResponse: string | null;
}

/** A reply received elsewhere (a call, a DM): categorised and applied like an emailed one. */
export const logReply = (id: string, replyText: string) => api.post<LoggedReply>(`/influencer/outreach/${encodeURIComponent(id)}/reply`, { replyText });

export function useLogReply(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (replyText: string) => logReply(id, replyText),
    onSuccess: async (result) => {
      queryClient.setQueryData(outreachKeys.detail(storeId, id), result.outreach);
      // A logged reply notifies the team, changes the status and stops follow-ups, like an emailed one.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: outreachKeys.lists(storeId) }),
        queryClient.invalidateQueries({ queryKey: outreachKeys.detail(storeId, id) }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.all(storeId) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
      ]);
    },
  });
}
