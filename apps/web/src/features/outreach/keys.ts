import type { OutreachFilters } from './api/get-outreach-list';

/** Query keys of the outreach feature; each starts with the store so stores never share a cache entry. */
export const outreachKeys = {
  all: (storeId: string) => ['stores', storeId, 'outreach'] as const,
  lists: (storeId: string) => [...outreachKeys.all(storeId), 'list'] as const,
  list: (storeId: string, filters: OutreachFilters) => [...outreachKeys.lists(storeId), filters] as const,
  detail: (storeId: string, id: string) => [...outreachKeys.all(storeId), 'detail', id] as const,
  /** Under `detail`: refreshing a thread refreshes its offers too. */
  offers: (storeId: string, id: string) => [...outreachKeys.detail(storeId, id), 'offers'] as const,
  bulk: (storeId: string, bulkId: string) => [...outreachKeys.all(storeId), 'bulk', bulkId] as const,
};
