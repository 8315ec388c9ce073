import type { Channel, ListOf, OutreachDto, OutreachStatus, PageQuery, ReplyCategory, ReplySentiment } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

export interface OutreachFilters extends PageQuery {
  campaignId?: string;
  influencerId?: string;
  bulkId?: string;
  status?: OutreachStatus;
  channel?: Channel;
  replyCategory?: ReplyCategory;
  replySentiment?: ReplySentiment;
  /** true: only outreach with a reply (the inbox). */
  replied?: boolean;
  /** true: only replies the classifier was unsure about. */
  needsReview?: boolean;
  /** `created` (default): newest outreach first; `last_reply`: newest reply first. */
  sort?: 'created' | 'last_reply';
  /** The creator's name, username or email. */
  q?: string;
}

export type OutreachList = ListOf<'outreach', OutreachDto>;

/** Newest first; the API allows at most 100 per page. */
export const getOutreachList = (filters: OutreachFilters, signal?: AbortSignal) => api.get<OutreachList>('/influencer/outreach/list', { ...filters }, signal);

export const outreachListQueryOptions = (storeId: string, filters: OutreachFilters) =>
  queryOptions({
    queryKey: outreachKeys.list(storeId, filters),
    queryFn: ({ signal }) => getOutreachList(filters, signal),
    // Keep the current rows on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });

export function useOutreachList(filters: OutreachFilters) {
  return useQuery(outreachListQueryOptions(useStoreId(), filters));
}
