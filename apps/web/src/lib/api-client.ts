import type { ApiErrorBody, ApiSuccess, ErrorCode, FieldError } from '@parley/shared-types';
import { sessionStore } from './session';

/** Codes the client adds for failures that never reached the API's error envelope. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR' | 'BAD_RESPONSE';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    /** A 422's field errors, keyed by field (dotted path for nested fields, e.g. `deliverables.0.quantity`). */
    readonly fields: Record<string, string[]> = {},
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** A plain object is sent as JSON; FormData as multipart (the browser sets the boundary). */
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Send the session's bearer token (default). Auth endpoints turn it off. */
  auth?: boolean;
  signal?: AbortSignal;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiResponse<T>(path, options)).data;
}

/** Like apiRequest, with the HTTP status too, for endpoints whose success status means something (e.g. 201 added, 200 already there). */
export async function apiResponse<T>(path: string, options: RequestOptions = {}): Promise<{ status: number; data: T }> {
  const { method = 'GET', body, query, auth = true, signal } = options;
  const headers = new Headers({ accept: 'application/json' });
  const token = auth ? sessionStore.get()?.token : undefined;
  if (token) headers.set('authorization', `Bearer ${token}`);

  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers.set('content-type', 'application/json');
    payload = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(`/api${path}${queryString(query)}`, { method, headers, body: payload, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'Could not reach the server. Check your connection and try again.');
  }

  // A DELETE may answer 204 with no envelope at all.
  if (response.status === 204) return { status: 204, data: undefined as T };
  const json = await response.json().catch(() => undefined);
  if (response.ok && isSuccess<T>(json)) return { status: response.status, data: json.data };

  // The token expired or was revoked: sign out, unless another sign-in replaced it meanwhile.
  if (response.status === 401 && token && sessionStore.get()?.token === token) sessionStore.set(null);
  throw toApiError(response.status, json);
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) => apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, options?: Pick<RequestOptions, 'auth'>) => apiRequest<T>(path, { method: 'POST', body, ...options }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

function queryString(query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isSuccess<T>(json: unknown): json is ApiSuccess<T> {
  return typeof json === 'object' && json !== null && (json as { success?: unknown }).success === true;
}

function toApiError(status: number, json: unknown): ApiError {
  const error = (json as Partial<ApiErrorBody> | undefined)?.error;
  if (!error) return new ApiError(status, 'BAD_RESPONSE', `Unexpected response from the server (HTTP ${status}).`);
  return new ApiError(status, error.code, error.message, fieldsOf(error.details), error.details);
}

function fieldsOf(details: unknown): Record<string, string[]> {
  if (!Array.isArray(details)) return {};
  const fields: Record<string, string[]> = {};
  for (const entry of details as Partial<FieldError>[]) {
    if (typeof entry?.field === 'string' && Array.isArray(entry.messages)) fields[entry.field] = entry.messages;
  }
  return fields;
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}

/** Posts `file` as the multipart field `file` to `path` (an import) and returns the API's answer. */
export function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return api.post<T>(path, form);
}
