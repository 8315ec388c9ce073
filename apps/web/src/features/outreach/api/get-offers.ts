import type { OfferDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

/** An outreach's negotiation: every offer and counter-offer, oldest first. */
export const getOffers = (outreachId: string, signal?: AbortSignal) =>
  api.get<{ offers: OfferDto[] }>(`/influencer/outreach/${encodeURIComponent(outreachId)}/offers`, undefined, signal);

export const offersQueryOptions = (storeId: string, outreachId: string) =>
  queryOptions({ queryKey: outreachKeys.offers(storeId, outreachId), queryFn: ({ signal }) => getOffers(outreachId, signal) });

export function useOffers(outreachId: string) {
  return useQuery(offersQueryOptions(useStoreId(), outreachId));
}
