import type { DeliveryDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import type { DeliveryMove } from '../labels';
import { refreshAfterDeliveryChange } from './refresh';

/** What a move may carry: the draft or post (submit, publish), the post's date (publish), the reason (reject). */
export interface MoveBody {
  contentUrl?: string;
  caption?: string;
  postDate?: string;
  reason?: string;
}

export interface MoveInput {
  id: string;
  move: DeliveryMove;
  body?: MoveBody;
  /** The campaign whose stats to refresh. */
  campaignId?: string;
}

/**
 * One step of the approval workflow. An illegal move answers 409 INVALID_TRANSITION naming the
 * current status; a missing link or reason answers 422 naming the field.
 */
export const moveDelivery = ({ id, move, body }: MoveInput) =>
  api.post<DeliveryDto>(`/influencer/outreach/deliveries/${encodeURIComponent(id)}/${move}`, body ?? {});

export function useMoveDelivery() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveDelivery,
    // Both outcomes refresh: a 409 means the delivery moved meanwhile (another tab, the creator's link).
    onSettled: (delivery, _error, input) => refreshAfterDeliveryChange(queryClient, storeId, delivery?.campaignId ?? input.campaignId),
  });
}
