import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface DeliveryLink {
  url: string;
  expiresAt: string;
  /** False when the creator has no email address or the store no sender: the link is only shown. */
  emailed: boolean;
}

/** The creator's link to their deliveries (also emailed to them); 409 unless the contract is signed or active. */
export const sendDeliveryLink = (contractId: string) =>
  api.post<DeliveryLink>(`/influencer/outreach/contracts/${encodeURIComponent(contractId)}/delivery-link`, {});

export function useSendDeliveryLink(contractId: string) {
  return useMutation({ mutationFn: () => sendDeliveryLink(contractId) });
}
