import { useMutation, useQueryClient } from '@tanstack/react-query';
import { influencerKeys } from '@/features/influencers/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';
import type { RateCards } from './get-rate-cards';

/** Back to Parley's default rate cards: the store's own rows are deleted. Answers the whole card. */
export const resetRateCards = () => api.delete<RateCards>('/rate-cards');

export function useResetRateCards() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetRateCards,
    onSuccess: async (cards) => {
      queryClient.setQueryData(settingsKeys.rateCards(storeId), cards);
      await queryClient.invalidateQueries({ queryKey: influencerKeys.suggestedRates(storeId) });
    },
  });
}
