import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { refreshAfterDeliveryChange } from './refresh';

/** What a reminder run did: creators emailed about content due within 3 days (once per delivery), deliveries newly flagged overdue. */
export interface RemindersResult {
  reminded: number;
  overdue: number;
}

/** Runs the daily reminders now, for one campaign. */
export const sendReminders = (campaignId: string) => api.post<RemindersResult>('/influencer/outreach/deliveries/reminders', { campaignId });

export function useSendReminders(campaignId: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendReminders(campaignId),
    onSuccess: () => refreshAfterDeliveryChange(queryClient, storeId, campaignId),
  });
}
