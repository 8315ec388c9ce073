import type { ReplyCategory } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useStoreId } from '@/lib/session-context';
import { inboxKeys } from '../keys';

/** A draft answer to the creator's latest reply; null when there is none for its category (say, spam). */
export interface SuggestedResponse {
  suggestedResponse: string | null;
  category: ReplyCategory | null;
}

export const getSuggestedResponse = (outreachId: string, signal?: AbortSignal) =>
  api.get<SuggestedResponse>(`/influencer/outreach/${encodeURIComponent(outreachId)}/suggested-response`, undefined, signal);

export const suggestedResponseQueryOptions = (storeId: string, outreachId: string) =>
  queryOptions({
    queryKey: inboxKeys.suggestion(storeId, outreachId),
    queryFn: ({ signal }) => getSuggestedResponse(outreachId, signal),
    // It changes only with a new reply or a corrected category, and both refresh it.
    staleTime: Infinity,
  });

export function useSuggestedResponse(outreachId: string) {
  return useQuery(suggestedResponseQueryOptions(useStoreId(), outreachId));
}
