import type { InfluencerDto, InfluencerInput } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { influencerKeys } from '../keys';

/** The fields PATCH accepts null for, to clear them. */
export const CLEARABLE_FIELDS = ['displayName', 'email', 'platformUserId', 'bio', 'typicalRate', 'country', 'language', 'timezone'] as const;
type Clearable = (typeof CLEARABLE_FIELDS)[number];

/** A PATCH body: every field optional, the clearable ones also null (derived from the wire type, not copied). */
export type InfluencerPatch = Partial<Omit<InfluencerInput, Clearable>> & { [K in Clearable]?: NonNullable<InfluencerInput[K]> | null };

export const updateInfluencer = (id: string, patch: InfluencerPatch) => api.patch<InfluencerDto>(`/influencers/${encodeURIComponent(id)}`, patch);

export function useUpdateInfluencer() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: InfluencerPatch }) => updateInfluencer(id, patch),
    // A new follower count can move the creator to another tier, hence in or out of filtered lists,
    // and reprices them (so can a new engagement rate or platform).
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: influencerKeys.lists(storeId) }),
        queryClient.invalidateQueries({ queryKey: influencerKeys.suggestedRates(storeId) }),
      ]),
  });
}
