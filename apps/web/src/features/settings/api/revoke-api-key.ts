import type { ApiKeyDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

export const revokeApiKey = (id: string) => api.delete<ApiKeyDto>(`/api-keys/${encodeURIComponent(id)}`);

export function useRevokeApiKey() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.apiKeys(storeId) }),
  });
}
