import type { CounterDraftDto, CounterDraftInput } from '@parley/shared-types';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/**
 * Drafts the brand's counter to the creator's open offer: the amount (proposed from the rate card
 * unless given) and a message citing the card. Nothing is sent and no offer is recorded, so nothing
 * is invalidated. 409 once an offer was accepted; 422 naming the fields.
 */
export const draftCounter = (outreachId: string, input: CounterDraftInput = {}) =>
  api.post<CounterDraftDto>(`/influencer/outreach/${encodeURIComponent(outreachId)}/offers/counter-draft`, input);

export function useDraftCounter(outreachId: string) {
  return useMutation({ mutationFn: (input: CounterDraftInput = {}) => draftCounter(outreachId, input) });
}
