import type { CampaignDto, CampaignInput } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { campaignKeys } from '../keys';

/** The fields PATCH accepts null for, to clear them. */
type Clearable = 'description' | 'minEngagement' | 'maxRate' | 'startDate' | 'endDate' | 'sendWindow';

/** A PATCH body: every create field optional, the clearable ones also null (derived from the wire type, not copied). */
export type CampaignPatch = Partial<Omit<CampaignInput, Clearable>> & { [K in Clearable]?: NonNullable<CampaignInput[K]> | null };

export const updateCampaign = (id: string, patch: CampaignPatch) => api.patch<CampaignDto>(`/influencer/outreach/campaigns/${encodeURIComponent(id)}`, patch);

export function useUpdateCampaign(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: CampaignPatch) => updateCampaign(id, patch),
    onSuccess: async (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(storeId, id), campaign);
      // The detail prefix covers its members and suggestions too (new targeting, new suggestions).
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: campaignKeys.detail(storeId, id) }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.lists(storeId) }),
      ]);
    },
  });
}
