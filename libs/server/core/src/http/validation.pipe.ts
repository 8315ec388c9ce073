import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@parley/shared-types';
import { ValidationException } from '../errors';

/**
 * Constraints that say a value has the wrong kind or is not allowed at all. When one fails, range
 * and length messages about the same value are noise ("lots" is not "less than 0"), so only these
 * are reported.
 */
const KIND_CONSTRAINTS = new Set(['whitelistValidation', 'isDefined', 'isInt', 'isNumber', 'isString', 'isArray', 'isBoolean', 'isIn', 'isMoney', 'isEmail', 'isUuid', 'isIso8601', 'isTimeZone', 'nestedValidation']);

function messagesOf(constraints: Record<string, string>): string[] {
  const kind = Object.entries(constraints).filter(([name]) => KIND_CONSTRAINTS.has(name));
  return (kind.length ? kind : Object.entries(constraints)).map(([, message]) => message);
}

/** Flattens class-validator's tree into one entry per field, nested fields as dotted paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) out.push({ field, messages: messagesOf(error.constraints) });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** Whitelisting, unknown fields refused, and a 422 whose details name every field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationException(flattenValidationErrors(errors)),
  });
}
