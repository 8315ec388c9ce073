import type { QueryClient } from '@tanstack/react-query';
import { campaignKeys } from '@/features/campaigns/keys';
import { contractKeys } from '@/features/contracts/keys';
import { deliveryKeys } from '../keys';

/**
 * What a change to a delivery touches: every deliveries view (board columns, details, performance),
 * the contracts (their deliveries lists, and a contract completes with its last delivery) and the
 * campaign's stats (published count).
 */
export function refreshAfterDeliveryChange(queryClient: QueryClient, storeId: string, campaignId?: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: deliveryKeys.all(storeId) }),
    queryClient.invalidateQueries({ queryKey: contractKeys.all(storeId) }),
    campaignId
      ? queryClient.invalidateQueries({ queryKey: campaignKeys.detail(storeId, campaignId), exact: true })
      : queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) }),
  ]);
}
