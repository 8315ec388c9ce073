/** Error codes of the API's error envelope `{success: false, error: {code, message, details}}`. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ALREADY_EXISTS',
  'INVALID_TRANSITION',
  'SUPPRESSED',
  'CAMPAIGN_NOT_SENDING',
  'CHANNEL_NOT_READY',
  'BUDGET_EXCEEDED',
  'GONE',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
  'DELIVERY_FAILED',
  'PLATFORM_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One entry of a 422's `details`: the field (dotted path for nested ones) and why it was refused. */
export interface FieldError {
  field: string;
  messages: string[];
}

export interface ApiErrorBody {
  success: false;
  error: { code: ErrorCode; message: string; details?: unknown; requestId?: string };
}

export interface ApiSuccess<T> {
  success: true;
  data: T;
}
