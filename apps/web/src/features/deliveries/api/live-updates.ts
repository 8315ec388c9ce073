import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribeLive } from '@/lib/live-events';
import { useStoreId } from '@/lib/session-context';
import { refreshAfterDeliveryChange } from './refresh';

const isDeliveryEvent = (data: unknown): data is { id: string; campaignId: string } =>
  typeof data === 'object' && data !== null && typeof (data as { campaignId?: unknown }).campaignId === 'string';

/**
 * Keeps a campaign's board current while it is open: the server pushes a `delivery` event on every
 * move (the creator's submits and publishes through their link too), and the board reads again.
 */
export function useDeliveryLiveUpdates(campaignId: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  useEffect(() => {
    let opened = false;
    return subscribeLive(
      {
        delivery: (data) => {
          if (isDeliveryEvent(data) && data.campaignId === campaignId) void refreshAfterDeliveryChange(queryClient, storeId, campaignId);
        },
      },
      {
        // Whatever moved while the stream was down is not pushed again: read it once on reconnecting
        // (not on the first open, which follows the board's own first read).
        onOpen: () => {
          if (opened) void refreshAfterDeliveryChange(queryClient, storeId, campaignId);
          opened = true;
        },
      },
    );
  }, [campaignId, storeId, queryClient]);
}
