import type { ChannelStatusDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

export const removeEmailChannel = () => api.delete<Pick<ChannelStatusDto, 'channel' | 'connected'>>('/channels/email');

export function useRemoveEmailChannel() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeEmailChannel,
    onSuccess: async () => {
      queryClient.setQueryData(settingsKeys.emailChannel(storeId), null);
      await queryClient.invalidateQueries({ queryKey: settingsKeys.channelList(storeId) });
    },
  });
}
