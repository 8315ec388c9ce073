import type { CreatedApiKeyDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

/** The answer holds the secret key; it is never returned again. */
export const createApiKey = (name: string) => api.post<CreatedApiKeyDto>('/api-keys', { name });

export function useCreateApiKey() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.apiKeys(storeId) }),
  });
}
