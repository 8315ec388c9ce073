import type { Channel, IsoDate, OutreachDetailDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

/** The body of POST /influencer/outreach/send (the API validates it; there is no shared input type). */
export interface SendOutreachInput {
  influencerId: string;
  channel: Channel;
  /** The creator joins the campaign if not a member yet. */
  campaignId?: string;
  /** Without it (and without customMessage), the store's default initial_outreach of the channel. */
  templateId?: string;
  customMessage?: string;
  subject?: string;
  /** Later than now: the outreach waits as `scheduled` until then. */
  scheduleFor?: IsoDate;
}

/** Renders the message now and queues it; answers the outreach with its thread. */
export const sendOutreach = (input: SendOutreachInput) => api.post<OutreachDetailDto>('/influencer/outreach/send', input);

export function useSendOutreach() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendOutreach,
    onSuccess: async (outreach) => {
      queryClient.setQueryData(outreachKeys.detail(storeId, outreach.id), outreach);
      // A send can add the creator to the campaign and moves its counts.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: outreachKeys.lists(storeId) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
      ]);
    },
  });
}
