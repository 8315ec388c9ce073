import type { EmailChannelDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { ApiError, api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

/** The store's email sender identity, or null when none is set (the API answers 404 then: a state, not a failure). */
export async function getEmailChannel(signal?: AbortSignal): Promise<EmailChannelDto | null> {
  try {
    return await api.get<EmailChannelDto>('/channels/email', undefined, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export const emailChannelQueryOptions = (storeId: string) =>
  queryOptions({ queryKey: settingsKeys.emailChannel(storeId), queryFn: ({ signal }) => getEmailChannel(signal) });

export function useEmailChannel() {
  return useQuery(emailChannelQueryOptions(useStoreId()));
}
