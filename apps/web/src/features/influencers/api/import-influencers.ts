import type { ImportResult } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { uploadFile } from '@/lib/api-client';
import { influencerKeys } from '../keys';

/** Uploads a CSV as the multipart field `file`; rows are upserted on (platform, username). */
export function importInfluencers(file: File): Promise<ImportResult> {
  return uploadFile<ImportResult>('/influencers/import', file);
}

export function useImportInfluencers() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importInfluencers,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: influencerKeys.lists(storeId) }),
  });
}
