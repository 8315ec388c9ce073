import type { OutreachDetailDto, ReplyCategory, ReplySentiment } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { outreachKeys } from '@/features/outreach/keys';
import { api } from '@/lib/api-client';
import { useStoreId } from '@/lib/session-context';

/** The body of PATCH /influencer/outreach/:id/reply-category. */
export interface CorrectCategoryInput {
  category: ReplyCategory;
  sentiment?: ReplySentiment;
}

/** A person's verdict on a reply: it replaces the classifier's, clears "needs review" and is kept to train the offline classifier. */
export const correctReplyCategory = (id: string, input: CorrectCategoryInput) =>
  api.patch<OutreachDetailDto>(`/influencer/outreach/${encodeURIComponent(id)}/reply-category`, input);

export function useCorrectReplyCategory(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CorrectCategoryInput) => correctReplyCategory(id, input),
    onSuccess: async (outreach) => {
      queryClient.setQueryData(outreachKeys.detail(storeId, id), outreach);
      // The category moves the row between filters and counts, may change the status, and picks another suggestion.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: outreachKeys.lists(storeId) }),
        queryClient.invalidateQueries({ queryKey: outreachKeys.detail(storeId, id) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
      ]);
    },
  });
}
