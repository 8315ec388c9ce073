import type { ApiErrorBody } from '@parley/shared-types';
import { ApiError } from '@/lib/api-client';
import { sessionStore } from '@/lib/session';
import type { PerformanceQuery } from './get-performance';

/**
 * The per-creator table of every creator and its totals row as the API writes it (GET
 * …/performance.csv, RFC 4180 quoting, a formula guard on names, exact decimals, empty for none),
 * in the table's order, fetched with the session's bearer token as a Blob (a plain link could not
 * send the token). Failures are ApiErrors like the JSON client's.
 */
export async function getPerformanceCsv(campaignId: string, query: Pick<PerformanceQuery, 'sort' | 'order'>): Promise<Blob> {
  const token = sessionStore.get()?.token;
  const headers = new Headers({ accept: 'text/csv' });
  if (token) headers.set('authorization', `Bearer ${token}`);
  const params = new URLSearchParams();
  if (query.sort) params.set('sort', query.sort);
  if (query.order) params.set('order', query.order);
  const search = params.toString();

  let response: Response;
  try {
    response = await fetch(`/api/influencer/outreach/campaigns/${encodeURIComponent(campaignId)}/performance.csv${search ? `?${search}` : ''}`, { headers });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Could not reach the server. Check your connection and try again.');
  }
  if (response.ok) {
    const blob = await response.blob();
    return blob.type.startsWith('text/csv') ? blob : new Blob([blob], { type: 'text/csv;charset=utf-8' });
  }

  // The token expired or was revoked: sign out, as the JSON client does.
  if (response.status === 401 && token && sessionStore.get()?.token === token) sessionStore.set(null);
  const body = (await response.json().catch(() => undefined)) as Partial<ApiErrorBody> | undefined;
  if (!body?.error) throw new ApiError(response.status, 'BAD_RESPONSE', `Unexpected response from the server (HTTP ${response.status}).`);
  throw new ApiError(response.status, body.error.code, body.error.message, {}, body.error.details);
}
