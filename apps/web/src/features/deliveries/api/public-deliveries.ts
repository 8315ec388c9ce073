import type { CreatorDeliveryDto, CreatorPageDto } from '@parley/shared-types';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import { publicDeliveryKeys } from '../keys';

/** One promised item as the creator's link shows it, and the whole page. */
export type PublicDeliveryItem = CreatorDeliveryDto;
export type PublicDeliveries = CreatorPageDto;

/** No session: the token in the link is the access. 404 for a link that never existed, 410 once it expired or the contract was cancelled. */
export const getPublicDeliveries = (token: string, signal?: AbortSignal) =>
  apiRequest<PublicDeliveries>(`/public/deliveries/${encodeURIComponent(token)}`, { auth: false, signal });

export const publicDeliveriesQueryOptions = (token: string) =>
  queryOptions({ queryKey: publicDeliveryKeys.detail(token), queryFn: ({ signal }) => getPublicDeliveries(token, signal) });

export function usePublicDeliveries(token: string) {
  return useQuery(publicDeliveriesQueryOptions(token));
}

export interface PublicMoveInput {
  deliveryId: string;
  move: 'submit' | 'publish';
  body: { contentUrl?: string; caption?: string; postDate?: string };
}

/** The creator submits a draft or the post (pending/rejected → submitted), or marks an approved item published. */
export const publicMove = (token: string, { deliveryId, move, body }: PublicMoveInput) =>
  api.post<{ delivery: PublicDeliveryItem }>(`/public/deliveries/${encodeURIComponent(token)}/${encodeURIComponent(deliveryId)}/${move}`, body, {
    auth: false,
  });

export function usePublicMove(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublicMoveInput) => publicMove(token, input),
    onSuccess: ({ delivery }) =>
      queryClient.setQueryData<PublicDeliveries>(publicDeliveryKeys.detail(token), (current) =>
        current ? { ...current, deliveries: current.deliveries.map((d) => (d.id === delivery.id ? { ...d, ...delivery } : d)) } : current,
      ),
    // A 409 or 410 means the page is stale: read it again.
    onError: () => queryClient.invalidateQueries({ queryKey: publicDeliveryKeys.detail(token) }),
  });
}
