import { isMoneyString } from '@parley/shared-types';
import { registerDecorator, type ValidationOptions } from 'class-validator';

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

export function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || !value) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
