import type { DraftDto, DraftInput } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { settingsKeys } from '@/features/settings/keys';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';

/** Writes a whole message for one creator. A POST that saves nothing; a model-written draft counts towards AI usage. */
export const draftMessage = (input: DraftInput) => api.post<DraftDto>('/influencer/outreach/drafts', input);

export function useDraftMessage() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: draftMessage,
    // The model's calls, failures and cache hits show in Settings → AI usage.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.aiUsage(storeId) }),
  });
}
