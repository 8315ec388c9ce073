import type { ChannelStatusDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

/** Every channel, what it can do and whether this store has it set up. */
export const getChannels = (signal?: AbortSignal) => api.get<{ channels: ChannelStatusDto[] }>('/channels', undefined, signal);

export const channelsQueryOptions = (storeId: string) =>
  queryOptions({ queryKey: settingsKeys.channelList(storeId), queryFn: ({ signal }) => getChannels(signal) });

export function useChannels() {
  return useQuery(channelsQueryOptions(useStoreId()));
}
