import type { HealthDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';
import { useStoreId } from '@/lib/session-context';
import { settingsKeys } from '../keys';

/** How often the operations panel looks again while it is open. */
const REFRESH_MS = 30_000;

const isHealth = (data: unknown): data is HealthDto => typeof data === 'object' && data !== null && typeof (data as { status?: unknown }).status === 'string';

/**
 * GET /api/health (public). Read without the API client's envelope check on purpose: while PostgreSQL
 * or Redis is down it answers 503 with `{success: false, data}`, and that report is what is worth showing.
 */
export async function getHealth(signal?: AbortSignal): Promise<HealthDto> {
  let response: Response;
  try {
    response = await fetch('/api/health', { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'Could not reach the server. Check your connection and try again.');
  }
  const json = (await response.json().catch(() => undefined)) as { data?: unknown } | undefined;
  if (isHealth(json?.data)) return json.data;
  throw new ApiError(response.status, 'BAD_RESPONSE', `Unexpected response from the server (HTTP ${response.status}).`);
}

export const healthQueryOptions = (storeId: string) => queryOptions({ queryKey: settingsKeys.health(storeId), queryFn: ({ signal }) => getHealth(signal) });

/** The deployment's health and its periodic jobs, refreshed every 30 s while shown. */
export function useHealth() {
  return useQuery({ ...healthQueryOptions(useStoreId()), refetchInterval: REFRESH_MS });
}
