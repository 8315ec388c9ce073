import type { NotificationQuery } from './api/get-notifications';

/** Query keys of the notifications feature; each starts with the store so stores never share a cache entry. */
export const notificationKeys = {
  all: (storeId: string) => ['stores', storeId, 'notifications'] as const,
  list: (storeId: string, query: NotificationQuery) => [...notificationKeys.all(storeId), 'list', query] as const,
};
