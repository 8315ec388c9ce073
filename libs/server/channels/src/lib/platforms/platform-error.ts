import { parseJsonKeepingBigIds } from './lossless-json';

export type Platform = 'instagram' | 'tiktok';

/** Why a platform call failed, in the terms the outreach code acts on (retry, wait, give up, ask for a new token). */
export type PlatformFailure =
  | 'outside_window' // Graph 10/2018278, 10/2534022; TikTok 40010 (no conversation: user never wrote), 40011
  | 'quota' // TikTok 40012 (10 per 48 h), 40064 (daily conversation cap)
  | 'recipient_unavailable' // Graph 551 (any subcode, e.g. 1545041): blocked, messages off, deactivated — never retry
  | 'no_recipient' // Graph 100/2018001
  | 'rate_limited' // Graph 4, 17, 32, 613, 80002; TikTok 40100; HTTP 429
  | 'token_invalid' // Graph 190; TikTok 40105
  | 'region' // TikTok 40013 (EEA, CH, UK)
  | 'too_long' // Graph 100 whose message mentions the length of message[text]
  | 'invalid_request' // other 100s, TikTok 40002, unknown codes
  | 'transient'; // Graph 2 / is_transient, HTTP 5xx, network errors, timeouts

/**
 * A failed Instagram or TikTok call. `code` keeps the platform's own code ("10/2018278", "40105",
 * "http 503", "network") for logs and support; callers decide on `failure` and `retryable`.
 */
export class PlatformError extends Error {
  override readonly name = 'PlatformError';

  constructor(
    readonly platform: Platform,
    readonly failure: PlatformFailure,
    message: string,
    readonly code: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.failure === 'rate_limited' || this.failure === 'transient';
  }
}

export interface PlatformAccount {
  id: string;
  username: string | null;
}

/** Ids are always strings: a 19-digit id does not survive a trip through a JavaScript number. */
export interface PlatformSent {
  messageId: string;
}

/** Neither platform says how long to back off on its rate-limit codes, so a minute is assumed unless a Retry-After header says otherwise. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** Retry-After in milliseconds (seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export interface PlatformResponse {
  status: number;
  headers: Headers;
  /** The parsed body, or undefined when it was empty or not JSON (a proxy's HTML error page). */
  body: unknown;
}

/**
 * One HTTP call to a platform. Transport failures (refused connections, resets, timeouts) become
 * transient PlatformErrors, so callers only ever see PlatformError; HTTP statuses are left to the
 * caller, because each platform signals errors differently.
 */
export async function platformFetch(platform: Platform, url: string, init: RequestInit, timeoutMs: number): Promise<PlatformResponse> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? parseJsonKeepingBigIds(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, headers: res.headers, body };
  } catch (e) {
    // Duck-typed: the DOMException of a timeout is not an `instanceof Error` in every realm (jest's vm, for one).
    const error = (typeof e === 'object' && e !== null ? e : {}) as { name?: unknown; message?: unknown; cause?: { message?: unknown } };
    const timedOut = error.name === 'TimeoutError';
    const reason = timedOut ? `no answer within ${timeoutMs} ms` : String(error.cause?.message ?? error.message ?? e);
    throw new PlatformError(platform, 'transient', `${platform} unreachable: ${reason}`, timedOut ? 'timeout' : 'network');
  }
}

/** A success answer without the fields the platform documents. Not retryable: a send may already have gone out. */
export function malformed(platform: Platform, what: string): PlatformError {
  return new PlatformError(platform, 'invalid_request', `${platform} answered without ${what}`, 'malformed');
}

/** An id the platform may give as a string or, when it fits, as a JSON number. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return null;
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
