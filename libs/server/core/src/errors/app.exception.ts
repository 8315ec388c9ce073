import type { ErrorCode } from '@parley/shared-types';

/**
 * The one exception type services throw. It carries a code from the shared list; the global filter
 * maps codes to HTTP statuses, so no service ever picks a status itself.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Extra response headers (e.g. Retry-After for RATE_LIMITED). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundException extends AppException {
  constructor(resource: string) {
    super('NOT_FOUND', `${resource} not found`);
  }
}

export class ConflictException extends AppException {
  constructor(message: string, details?: unknown) {
    super('CONFLICT', message, details);
  }
}

export class AlreadyExistsException extends AppException {
  constructor(message: string) {
    super('ALREADY_EXISTS', message);
  }
}

export class InvalidTransitionException extends AppException {
  constructor(resource: string, from: string, to: string, allowed: readonly string[]) {
    super(
      'INVALID_TRANSITION',
      `${resource} cannot move from ${from} to ${to}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (no further moves)'}`,
      { from, to, allowed },
    );
  }
}

/** The address is on the store's do-not-contact list. */
export class SuppressedException extends AppException {
  constructor(email: string) {
    super('SUPPRESSED', `${email} is suppressed (unsubscribed, bounced, complained or added by hand): nothing is sent to it`, { email, reason: 'suppressed' });
  }
}

/** A paused or completed campaign sends nothing. */
export class CampaignNotSendingException extends AppException {
  constructor(status: string) {
    super('CAMPAIGN_NOT_SENDING', `The campaign is ${status}: it sends nothing until it is active again`, { status });
  }
}

/** The channel is not set up for sending (no sender identity, no connected account). */
export class ChannelNotReadyException extends AppException {
  constructor(message: string, details?: unknown) {
    super('CHANNEL_NOT_READY', message, details);
  }
}

export class UnauthorizedException extends AppException {
  constructor(message = 'Authentication required') {
    super('UNAUTHORIZED', message);
  }
}

export class ForbiddenException extends AppException {
  constructor(message = 'Not allowed') {
    super('FORBIDDEN', message);
  }
}

export class RateLimitedException extends AppException {
  constructor(message: string, retryAfterSeconds: number) {
    super('RATE_LIMITED', message, { retryAfterSeconds }, { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) });
  }
}

export class PayloadTooLargeException extends AppException {
  constructor(message: string) {
    super('PAYLOAD_TOO_LARGE', message);
  }
}

export class BadRequestException extends AppException {
  constructor(message: string, details?: unknown) {
    super('BAD_REQUEST', message, details);
  }
}

export class ValidationException extends AppException {
  constructor(details: { field: string; messages: string[] }[], message?: string) {
    super('VALIDATION_FAILED', message ?? `Invalid ${details.map((d) => d.field).join(', ')}`, details);
  }
}

/** Reserving this amount would take the campaign over its budget. */
export class BudgetExceededException extends AppException {
  constructor(details: { amount: string; budget: string; allocated: string; remaining: string }) {
    super('BUDGET_EXCEEDED', `${details.amount} does not fit the campaign's remaining budget of ${details.remaining} (budget ${details.budget}, ${details.allocated} already reserved)`, details);
  }
}

/** A link that was real once: expired, or what it pointed at was withdrawn. */
export class GoneException extends AppException {
  constructor(message: string) {
    super('GONE', message);
  }
}

/** An email the request itself had to send (not a queued outreach) was refused by the provider. */
export class DeliveryFailedException extends AppException {
  constructor(what: string, reason: string) {
    super('DELIVERY_FAILED', `${what} could not be sent: ${reason}`, { reason });
  }
}

/** Instagram's or TikTok's API could not be reached or failed, so the request could not be completed. */
export class PlatformUnavailableException extends AppException {
  constructor(platform: string, reason: string) {
    super('PLATFORM_UNAVAILABLE', `${platform} could not be reached: ${reason}`, { platform, reason });
  }
}
