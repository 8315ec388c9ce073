import type { CampaignDto, CampaignInput } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { campaignKeys } from '../keys';

export const createCampaign = (input: CampaignInput) => api.post<CampaignDto>('/influencer/outreach/campaigns', input);

export function useCreateCampaign() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: async (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(storeId, campaign.id), campaign);
      await queryClient.invalidateQueries({ queryKey: campaignKeys.lists(storeId) });
    },
  });
}
