import type { RateCardDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

export interface RateCards {
  rateCards: RateCardDto[];
}

/** Every platform × tier × deliverable type with {min, typical, max}: the store's own figures over Parley's defaults (`custom`). */
export const getRateCards = (signal?: AbortSignal) => api.get<RateCards>('/rate-cards', undefined, signal);

export const rateCardsQueryOptions = (storeId: string) =>
  queryOptions({ queryKey: settingsKeys.rateCards(storeId), queryFn: ({ signal }) => getRateCards(signal) });

export function useRateCards() {
  return useQuery(rateCardsQueryOptions(useStoreId()));
}
