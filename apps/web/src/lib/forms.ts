import { ApiError } from './api-client';

/** Client-side messages per field; a missing key means the field is fine. */
export type FieldErrors = Record<string, string | undefined>;

/** Drops the messages of fields the user has just edited (nested ones too, e.g. `deliverables.0.quantity`). */
export function withoutErrors<E extends Record<string, unknown>>(errors: E, fields: readonly string[]): E {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !fields.some((f) => key === f || key.startsWith(`${f}.`)))) as E;
}

/** The 422 field messages of a failed mutation, if any. */
export function serverFieldErrors(error: unknown): Record<string, string[]> {
  return error instanceof ApiError ? error.fields : {};
}

/**
 * A failure to show above the form: anything that is not a field error the form already shows
 * inline (a 401, a 409, a network failure, or a 422 on a field the form has no control for).
 */
export function formLevelError(error: unknown, shownFields: readonly string[]): string | null {
  if (!error) return null;
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  const unshown = Object.entries(error.fields).filter(([field]) => !shownFields.includes(field));
  if (Object.keys(error.fields).length && !unshown.length) return null;
  return [error.message, ...unshown.map(([field, messages]) => `${field}: ${messages.join(', ')}`)].join(' · ');
}

/** After a failed submit, take keyboard and screen-reader users to the first field to fix. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

export const isEmail = (value: string): boolean => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim());

/** A percentage as the API takes it: 0–100 with at most 2 decimals. */
export const isPercent = (value: string): boolean => /^\d{1,3}(\.\d{1,2})?$/.test(value.trim()) && Number(value) <= 100;

export const hasErrors = (errors: FieldErrors): boolean => Object.values(errors).some(Boolean);
