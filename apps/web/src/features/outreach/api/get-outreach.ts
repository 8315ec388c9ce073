import type { OutreachDetailDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';
import { isAwaitingSend } from '../components/labels';

/** While a message waits for the queue, its thread changes within seconds: look again this often. */
const WAITING_REFRESH_MS = 5_000;

/**
 * The outreach has not gone yet, or one of its messages (a follow-up sent now, a response) is still on
 * its way. A ready_to_send one waits for a person, not the queue: nothing changes until they act.
 */
export const isThreadWaiting = (o: OutreachDetailDto): boolean =>
  (isAwaitingSend(o.status) && o.status !== 'ready_to_send') || o.thread.messages.some((m) => m.direction === 'out' && (m.status === 'queued' || m.status === 'sending'));

export const getOutreach = (id: string, signal?: AbortSignal) =>
  api.get<OutreachDetailDto>(`/influencer/outreach/${encodeURIComponent(id)}`, undefined, signal);

export const outreachQueryOptions = (storeId: string, id: string) =>
  queryOptions({ queryKey: outreachKeys.detail(storeId, id), queryFn: ({ signal }) => getOutreach(id, signal) });

/** One outreach with its thread; refreshed every few seconds while it (or a message of it) is still waiting to go out. */
export function useOutreach(id: string) {
  return useQuery({
    ...outreachQueryOptions(useStoreId(), id),
    refetchInterval: (query) => (query.state.data && isThreadWaiting(query.state.data) ? WAITING_REFRESH_MS : false),
  });
}
