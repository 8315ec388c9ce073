/**
 * Money as decimal strings with two places ("1250.00"), computed in integer cents (BigInt) so no
 * float ever touches an amount. Shared by the API and the SPA.
 */
import type { Money } from './api';

/** Up to 10 integer digits and 2 decimals, as numeric(12,2) holds. */
const MONEY_PATTERN = /^(\d{1,10})(?:\.(\d{1,2}))?$/;

export const MONEY_MAX_CENTS = 10n ** 12n - 1n;

/** Whether `value` is a non-negative amount in the accepted decimal form ("12", "12.5", "12.50"). */
export function isMoneyString(value: unknown): value is string {
  return typeof value === 'string' && MONEY_PATTERN.test(value.trim());
}

/** Integer cents of a decimal string. Throws on anything that is not a valid amount. */
export function toCents(value: string): bigint {
  const match = MONEY_PATTERN.exec(value.trim());
  if (!match) throw new RangeError(`not an amount: ${JSON.stringify(value)}`);
  const [, whole, fraction = ''] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** The canonical decimal string of an amount in cents ("-12.05" for -1205n). */
export function fromCents(cents: bigint): Money {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** Normalises "12.5" to "12.50". */
export const normalizeMoney = (value: string): Money => fromCents(toCents(value));

export const addMoney = (...amounts: Money[]): Money => fromCents(amounts.reduce((sum, a) => sum + signedCents(a), 0n));

export const subtractMoney = (a: Money, b: Money): Money => fromCents(signedCents(a) - signedCents(b));

export const compareMoney = (a: Money, b: Money): -1 | 0 | 1 => {
  const d = signedCents(a) - signedCents(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/** Cents of a possibly negative canonical amount (as produced by subtractMoney). */
function signedCents(value: Money): bigint {
  const trimmed = value.trim();
  return trimmed.startsWith('-') ? -toCents(trimmed.slice(1)) : toCents(trimmed);
}
