import { isMoneyString } from '@parley/shared-types';
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches, registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** A non-negative amount as a decimal string with at most two decimals ("1250.00"). */
export function IsMoney(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMoney',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be an amount as a decimal string, e.g. "1250.00"`, ...options },
      validator: { validate: (value: unknown) => isMoneyString(value) },
    });
}

/** An IANA time zone name the runtime knows (e.g. "Europe/Berlin"). */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be an IANA time zone such as "Europe/Berlin"`, ...options },
      validator: { validate: (value: unknown) => isTimeZone(value) },
    });
}

/** Building an Intl formatter costs a fraction of a millisecond: remember each answer (an import checks thousands). */
const knownZones = new Map<string, boolean>();

export function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || !value || value.length > 64) return false;
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 10_000) knownZones.set(value, known);
  }
  return known;
}

/**
 * `@Transform(booleanQuery)` for query-string booleans: "true"/"1" and "false"/"0" become booleans;
 * anything else stays as given, so `@IsBoolean` refuses it with the field's name.
 */
export function booleanQuery({ value }: { value: unknown }): unknown {
  if (value === true || value === 'true' || value === '1') return true;
  if (value === false || value === 'false' || value === '0') return false;
  return value;
}

/** A date field that must not be before another (endDate after startDate), checked when both are given. */
export function NotBefore(field: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [field],
      options: { message: `${String(propertyName)} must not be before ${field}` },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const other = (args.object as Record<string, unknown>)[field];
          return typeof value !== 'string' || typeof other !== 'string' || Date.parse(value) >= Date.parse(other);
        },
      },
    });
}

/** An ISO 4217 currency code, upper-cased first ("usd" is taken as USD). */
export const IsCurrencyCode = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as USD' }),
  );
