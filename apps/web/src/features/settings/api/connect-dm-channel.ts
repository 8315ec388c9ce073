import type { ChannelConnectionDto, DmPlatform } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outreachKeys } from '@/features/outreach/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

/** The PUT body of each platform: its own name for the account id, the token, and when it expires if known. */
export type DmConnectionInput =
  | { platform: 'instagram'; igUserId: string; accessToken: string; tokenExpiresAt?: string }
  | { platform: 'tiktok'; businessId: string; accessToken: string; tokenExpiresAt?: string };

/** The API path of each platform's connection. */
export const DM_CONNECTION_PATHS: Record<DmPlatform, string> = { instagram: '/channels/instagram', tiktok: '/channels/tiktok' };

/**
 * Connects (or reconnects) the store's account: the API checks the token with the platform before
 * keeping it (422 naming accessToken or the account id when refused, 502 PLATFORM_UNAVAILABLE when
 * the platform cannot be reached, 409 when another store has the account). The token is never returned.
 */
export const connectDmChannel = ({ platform, ...body }: DmConnectionInput) => api.put<ChannelConnectionDto>(DM_CONNECTION_PATHS[platform], body);

export function useConnectDmChannel() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectDmChannel,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.channels(storeId) }),
        // DM threads show whether the account is connected (their window), and tasks may change reason.
        queryClient.invalidateQueries({ queryKey: outreachKeys.all(storeId) }),
      ]),
  });
}
