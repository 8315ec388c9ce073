import type { CampaignDto, CampaignStatus } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { campaignKeys } from '../keys';

export const changeCampaignStatus = (id: string, status: CampaignStatus) =>
  api.post<CampaignDto>(`/influencer/outreach/campaigns/${encodeURIComponent(id)}/status`, { status });

export function useChangeCampaignStatus(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: CampaignStatus) => changeCampaignStatus(id, status),
    // Both outcomes refetch: a 409 means the status moved elsewhere, so the screen should catch up.
    onSettled: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
  });
}
