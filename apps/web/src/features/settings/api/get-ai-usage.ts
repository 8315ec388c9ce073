import type { AiUsageDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { settingsKeys } from '../keys';

/** Language-model calls and tokens of the last `days` days (1–366), per day and model, newest first; days without use are left out. */
export const getAiUsage = (days: number, signal?: AbortSignal) => api.get<AiUsageDto>('/ai/usage', { days }, signal);

export const aiUsageQueryOptions = (storeId: string, days: number) =>
  queryOptions({ queryKey: settingsKeys.aiUsagePeriod(storeId, days), queryFn: ({ signal }) => getAiUsage(days, signal) });

export function useAiUsage(days: number) {
  return useQuery(aiUsageQueryOptions(useStoreId(), days));
}
