import type { SuppressionDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { apiResponse } from '@/lib/api-client';
import { settingsKeys } from '../keys';

/** The POST body, derived from the wire type: no reason means `manual`, no note means none. */
export type SuppressionInput = Pick<SuppressionDto, 'email'> & { reason?: SuppressionDto['reason']; note?: NonNullable<SuppressionDto['note']> };

/** The entry on the list, and whether this call put it there (201) or it was already listed (200, the first entry kept). */
export interface AddedSuppression {
  suppression: SuppressionDto;
  created: boolean;
}

export const addSuppression = async (input: SuppressionInput): Promise<AddedSuppression> => {
  const { status, data } = await apiResponse<SuppressionDto>('/suppressions', { method: 'POST', body: input });
  return { suppression: data, created: status === 201 };
};

export function useAddSuppression() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addSuppression,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.suppressions(storeId) }),
  });
}
