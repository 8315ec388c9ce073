import type { BulkSendResultDto, Channel, IsoDate } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

/** At most this many creators per bulk send (the API's limit). */
export const MAX_BULK = 10_000;

/** The body of POST /influencer/outreach/bulk (the API validates it; there is no shared input type). */
export interface BulkSendInput {
  campaignId: string;
  influencerIds: string[];
  templateId: string;
  /** `auto`: email where the creator has an address, else their platform's DM. Default: the template's channel. */
  channel?: Channel | 'auto';
  scheduleFor?: IsoDate;
}

/** Answers at once (202) with who was queued and who was skipped; sending happens in the queue. */
export const bulkSend = (input: BulkSendInput) => api.post<BulkSendResultDto>('/influencer/outreach/bulk', input);

export function useBulkSend() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkSend,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: outreachKeys.lists(storeId) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
      ]),
  });
}
