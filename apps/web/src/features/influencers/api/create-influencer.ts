import type { InfluencerDto, InfluencerInput } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { influencerKeys } from '../keys';

export const createInfluencer = (input: InfluencerInput) => api.post<InfluencerDto>('/influencers', input);

export function useCreateInfluencer() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInfluencer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: influencerKeys.lists(storeId) }),
  });
}
