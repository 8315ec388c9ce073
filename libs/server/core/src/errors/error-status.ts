import type { ErrorCode } from '@parley/shared-types';

/** The only mapping from error codes to HTTP statuses. */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  INVALID_TRANSITION: 409,
  SUPPRESSED: 409,
  CAMPAIGN_NOT_SENDING: 409,
  BUDGET_EXCEEDED: 409,
  CHANNEL_NOT_READY: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION_FAILED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DELIVERY_FAILED: 502,
  PLATFORM_UNAVAILABLE: 502,
};

const STATUS_CODE: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  410: 'GONE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'BAD_REQUEST',
  422: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
};

/** The code for a status that came from somewhere other than an AppException (a framework error). */
export const codeForStatus = (status: number): ErrorCode => STATUS_CODE[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
