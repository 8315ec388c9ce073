import type { PageQuery } from '@parley/shared-types';
import { outreachKeys } from '@/features/outreach/keys';

/**
 * Query keys of the inbox. The conversation list is the outreach list (outreachKeys.lists), and a
 * suggestion sits under its outreach's detail key, so refreshing a thread refreshes its suggestion too.
 */
export const inboxKeys = {
  suggestion: (storeId: string, outreachId: string) => [...outreachKeys.detail(storeId, outreachId), 'suggested-response'] as const,
  unmatched: (storeId: string, query: PageQuery) => ['stores', storeId, 'inbound', 'unmatched', query] as const,
};
