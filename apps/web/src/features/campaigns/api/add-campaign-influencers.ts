import type { AddMembersResult } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { campaignKeys } from '../keys';

export const addCampaignInfluencers = (id: string, influencerIds: string[]) =>
  api.post<AddMembersResult>(`/influencer/outreach/campaigns/${encodeURIComponent(id)}/influencers`, { influencerIds });

export function useAddCampaignInfluencers(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (influencerIds: string[]) => addCampaignInfluencers(id, influencerIds),
    // Members, suggestions and the campaign's counts all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
  });
}
