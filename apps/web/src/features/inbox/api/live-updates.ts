import type { NotificationDto } from '@parley/shared-types';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { notificationKeys } from '@/features/notifications/keys';
import { outreachQueryOptions } from '@/features/outreach/api/get-outreach';
import { creatorName } from '@/features/outreach/components/creator-name';
import { outreachKeys } from '@/features/outreach/keys';
import type { ShowToast } from '@/components/ui/toast';
import { subscribeLive } from '@/lib/live-events';
import { useStoreId } from '@/lib/session-context';

const isReplyEvent = (data: unknown): data is { outreachId: string } =>
  typeof data === 'object' && data !== null && typeof (data as { outreachId?: unknown }).outreachId === 'string';

const isNotification = (data: unknown): data is NotificationDto =>
  typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string' && typeof (data as { title?: unknown }).title === 'string';

/**
 * Keeps the inbox, the notifications and open threads current while the app is open: the server
 * pushes `reply.received` and `notification` events, and each refreshes what it changed. A new
 * reply also raises a toast, unless its conversation is the one on screen. Mounted once, in the app's layout.
 */
export function useInboxLiveUpdates(showToast: ShowToast) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  // Read by the stream's handlers without re-subscribing on every navigation.
  const { pathname } = useLocation();
  const pathRef = useRef(pathname);
  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);

  useEffect(() => {
    const refreshOutreach = (outreachId: string) => {
      // The inbox rows (lists) and the thread with its suggestion (under the detail key).
      void queryClient.invalidateQueries({ queryKey: outreachKeys.lists(storeId) });
      void queryClient.invalidateQueries({ queryKey: outreachKeys.detail(storeId, outreachId) });
    };
    const announce = async (note: NotificationDto & { outreachId: string }) => {
      let title = note.title;
      try {
        const outreach = await queryClient.fetchQuery(outreachQueryOptions(storeId, note.outreachId));
        title = `New reply from ${creatorName(outreach.influencer)}`;
      } catch {
        // The notification's own title names the creator too.
      }
      showToast({ id: note.id, title, body: note.body, action: { to: `/inbox/${note.outreachId}`, label: 'Open conversation' } });
    };

    return subscribeLive(
      {
        'reply.received': (data) => {
          if (isReplyEvent(data)) refreshOutreach(data.outreachId);
        },
        notification: (data) => {
          if (!isNotification(data)) return;
          void queryClient.invalidateQueries({ queryKey: notificationKeys.all(storeId) });
          if (!data.outreachId) return;
          refreshOutreach(data.outreachId);
          // No toast for the conversation on screen: the reply shows up in it.
          if (data.type === 'reply.received' && pathRef.current !== `/inbox/${data.outreachId}`) void announce({ ...data, outreachId: data.outreachId });
        },
      },
      {
        // Whatever arrived before the stream opened (or while it was down) is not pushed again: read it once.
        onOpen: () => {
          void queryClient.invalidateQueries({ queryKey: notificationKeys.all(storeId) });
          void queryClient.invalidateQueries({ queryKey: outreachKeys.lists(storeId) });
        },
      },
    );
  }, [storeId, queryClient, showToast]);
}
