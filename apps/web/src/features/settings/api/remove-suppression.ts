import type { SuppressionDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

export type RemovedSuppression = Pick<SuppressionDto, 'id' | 'email'> & { deleted: true };

/** Takes an entry off the list by its id (the API also takes the address); Parley may email that address again. */
export const removeSuppression = (idOrEmail: string) => api.delete<RemovedSuppression>(`/suppressions/${encodeURIComponent(idOrEmail)}`);

export function useRemoveSuppression() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeSuppression,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.suppressions(storeId) }),
  });
}
