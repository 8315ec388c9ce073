import type { DeliveryDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { refreshAfterDeliveryChange } from './refresh';

/** The body of PATCH /deliveries/:id: only what changed. The status is not a field; it moves by submit, approve, reject and publish. */
export interface UpdateDeliveryInput {
  contentUrl?: string;
  caption?: string;
  postDate?: string;
  platformLabel?: boolean;
  views?: number;
  likes?: number;
  comments?: number;
  shares?: number;
  clicks?: number;
  saves?: number;
  reach?: number;
}

/** 422 names each bad field (a negative or fractional figure, a link that is not http(s)). */
export const updateDelivery = (id: string, input: UpdateDeliveryInput) =>
  api.patch<DeliveryDto>(`/influencer/outreach/deliveries/${encodeURIComponent(id)}`, input);

export function useUpdateDelivery(id: string, campaignId: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateDeliveryInput) => updateDelivery(id, input),
    onSuccess: () => refreshAfterDeliveryChange(queryClient, storeId, campaignId),
  });
}
