import type { ListOf, NotificationDto, PageQuery } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useStoreId } from '@/lib/session-context';
import { notificationKeys } from '../keys';

export interface NotificationQuery extends PageQuery {
  /** Only notifications nobody has read yet. */
  unread?: boolean;
}

/** Newest first, with the store's unread count whatever the filter. */
export type NotificationList = ListOf<'notifications', NotificationDto> & { unread: number };

/** SSE pushes new notifications; this slow poll only covers a stream that is down. */
const BACKSTOP_MS = 60_000;

export const getNotifications = (query: NotificationQuery, signal?: AbortSignal) => api.get<NotificationList>('/notifications', { ...query }, signal);

export const notificationsQueryOptions = (storeId: string, query: NotificationQuery) =>
  queryOptions({ queryKey: notificationKeys.list(storeId, query), queryFn: ({ signal }) => getNotifications(query, signal), refetchInterval: BACKSTOP_MS });

export function useNotifications(query: NotificationQuery) {
  return useQuery(notificationsQueryOptions(useStoreId(), query));
}

/** The unread notifications (the API's maximum page): their count, and which outreach they are about. */
export function useUnreadNotifications() {
  const unread = useNotifications({ unread: true, perPage: 100 });
  const outreachIds = new Set(unread.data?.notifications.flatMap((n) => (n.outreachId ? [n.outreachId] : [])));
  return { query: unread, count: unread.data?.unread ?? 0, outreachIds };
}
