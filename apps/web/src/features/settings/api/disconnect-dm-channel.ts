import type { ChannelStatusDto, DmPlatform } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outreachKeys } from '@/features/outreach/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';
import { DM_CONNECTION_PATHS } from './connect-dm-channel';

/** Removes the store's account and deletes its token: DMs then become assisted sends. */
export const disconnectDmChannel = (platform: DmPlatform) => api.delete<Pick<ChannelStatusDto, 'channel' | 'connected'>>(DM_CONNECTION_PATHS[platform]);

export function useDisconnectDmChannel() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disconnectDmChannel,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.channels(storeId) }),
        queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
      ]),
  });
}
