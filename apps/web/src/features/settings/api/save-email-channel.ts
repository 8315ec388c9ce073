import type { EmailChannelDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

/**
 * The PUT body: the identity without its timestamp; no reply domain means the From address's domain
 * (derived from the wire type, not copied). `imapUrl` absent keeps the stored mailbox, null removes it.
 */
export type EmailChannelInput = Pick<EmailChannelDto, 'fromName' | 'fromEmail'> & { replyDomain?: EmailChannelDto['replyDomain']; imapUrl?: string | null };

/** Sets or replaces the sender identity. */
export const saveEmailChannel = (input: EmailChannelInput) => api.put<EmailChannelDto>('/channels/email', input);

export function useSaveEmailChannel() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEmailChannel,
    onSuccess: async (identity) => {
      queryClient.setQueryData(settingsKeys.emailChannel(storeId), identity);
      // Email is now connected in the channel list.
      await queryClient.invalidateQueries({ queryKey: settingsKeys.channelList(storeId) });
    },
  });
}
