import type { StoreDto, StorePatch } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession, useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

export const updateStore = (patch: StorePatch) => api.patch<StoreDto>('/store', patch);

export function useUpdateStore() {
  const storeId = useStoreId();
  const { update } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateStore,
    onSuccess: (store) => {
      queryClient.setQueryData(settingsKeys.store(storeId), store);
      // The navigation shows the store name from the session.
      update({ store });
    },
  });
}
