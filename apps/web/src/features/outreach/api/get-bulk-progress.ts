import type { BulkProgressDto } from '@parley/shared-types';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { campaignKeys } from '@/features/campaigns/keys';
import { api } from '@/lib/api-client';
import { subscribeLive } from '@/lib/live-events';
import { useStoreId } from '@/lib/session-context';
import { outreachKeys } from '../keys';

/** How often to ask while the live stream is down. */
const POLL_MS = 2_000;

export const getBulkProgress = (bulkId: string, signal?: AbortSignal) =>
  api.get<BulkProgressDto>(`/influencer/outreach/bulk/${encodeURIComponent(bulkId)}`, undefined, signal);

export const bulkProgressQueryOptions = (storeId: string, bulkId: string) =>
  queryOptions({ queryKey: outreachKeys.bulk(storeId, bulkId), queryFn: ({ signal }) => getBulkProgress(bulkId, signal) });

const isProgressOf = (data: unknown, bulkId: string): data is BulkProgressDto =>
  typeof data === 'object' && data !== null && (data as { bulkId?: unknown }).bulkId === bulkId;

/**
 * A bulk send's counts, pushed by the server (`bulk.progress` events) while the live stream is up,
 * and polled every 2 s while it is not; nothing more once the send is done.
 */
export function useBulkProgress(bulkId: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  const progress = useQuery({
    ...bulkProgressQueryOptions(storeId, bulkId),
    refetchInterval: (query) => (live || query.state.data?.done ? false : POLL_MS),
  });
  const running = progress.isSuccess && !progress.data.done;
  const done = progress.data?.done === true;

  useEffect(() => {
    if (!running) return;
    const key = outreachKeys.bulk(storeId, bulkId);
    return subscribeLive(
      {
        'bulk.progress': (data) => {
          if (isProgressOf(data, bulkId)) queryClient.setQueryData(key, data);
        },
      },
      {
        onOpen: () => {
          setLive(true);
          // Whatever changed before the stream opened is not pushed again: read it once.
          void queryClient.invalidateQueries({ queryKey: key });
        },
        onDown: () => setLive(false),
      },
    );
  }, [running, bulkId, storeId, queryClient]);

  // Once everything has gone, lists and campaign counts on other screens are out of date.
  useEffect(() => {
    if (!done) return;
    void queryClient.invalidateQueries({ queryKey: outreachKeys.lists(storeId) });
    void queryClient.invalidateQueries({ queryKey: campaignKeys.all(storeId) });
  }, [done, storeId, queryClient]);

  return { progress, live: live && running };
}
