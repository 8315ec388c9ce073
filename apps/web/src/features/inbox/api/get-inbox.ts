import { REPLY_CATEGORIES, type OutreachDto, type ReplyCategory, type ReplySentiment } from '@parley/shared-types';
import { useQueries } from '@tanstack/react-query';
import { outreachListQueryOptions, useOutreachList, type OutreachFilters } from '@/features/outreach/api/get-outreach-list';
import { useStoreId } from '@/lib/session-context';

/** What the inbox can be narrowed by; the rest of the list query is fixed. */
export interface InboxFilters {
  replyCategory?: ReplyCategory;
  replySentiment?: ReplySentiment;
  campaignId?: string;
  needsReview?: boolean;
  q?: string;
  page?: number;
}

export const INBOX_PER_PAGE = 50;

/** The inbox is the outreach list with a reply, newest reply first; it shares the outreach lists' cache keys. */
export const inboxQuery = (filters: InboxFilters, perPage = INBOX_PER_PAGE): OutreachFilters => ({ replied: true, sort: 'last_reply', perPage, ...filters });

export function useInbox(filters: InboxFilters) {
  return useOutreachList(inboxQuery(filters));
}

/** The conversations per category under the other filters: one count-only page each (`pagination.total`). */
export function useCategoryCounts(filters: InboxFilters): Partial<Record<ReplyCategory, number>> {
  const storeId = useStoreId();
  const { replyCategory: _replyCategory, page: _page, ...rest } = filters;
  const results = useQueries({
    queries: REPLY_CATEGORIES.map((replyCategory) => outreachListQueryOptions(storeId, inboxQuery({ ...rest, replyCategory }, 1))),
  });
  return Object.fromEntries(
    REPLY_CATEGORIES.flatMap((category, i) => {
      const total = results[i]?.data?.pagination.total;
      return total === undefined ? [] : [[category, total]];
    }),
  );
}

/** When the newest reply came: `lastReplyAt` (newer API field, so read defensively), else the first reply, else the last change. */
export const lastReplyAt = (o: OutreachDto & { lastReplyAt?: string | null }): string => o.lastReplyAt ?? o.repliedAt ?? o.updatedAt;

/** The replies the classifier was unsure about, under the other filters (a count-only page). */
export function useNeedsReviewCount(filters: InboxFilters): number | undefined {
  const { needsReview: _needsReview, page: _page, ...rest } = filters;
  return useOutreachList(inboxQuery({ ...rest, needsReview: true }, 1)).data?.pagination.total;
}
