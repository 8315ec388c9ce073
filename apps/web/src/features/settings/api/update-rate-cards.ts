import type { RateCardDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { influencerKeys } from '@/features/influencers/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';
import type { RateCards } from './get-rate-cards';

/** One row of the PUT body: the wire row without its `custom` flag (every row sent becomes custom). */
export type RateCardRow = Omit<RateCardDto, 'custom'>;

/**
 * Sets the given rows; the others keep their figures. A row breaking min ≤ typical ≤ max is a 422
 * naming it by its index in `rows` (`rateCards.<index>`). Answers the whole card.
 */
export const updateRateCards = (rows: RateCardRow[]) => api.put<RateCards>('/rate-cards', { rateCards: rows });

export function useUpdateRateCards() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRateCards,
    onSuccess: async (cards) => {
      queryClient.setQueryData(settingsKeys.rateCards(storeId), cards);
      // Suggested rates are priced from the card.
      await queryClient.invalidateQueries({ queryKey: influencerKeys.suggestedRates(storeId) });
    },
  });
}
