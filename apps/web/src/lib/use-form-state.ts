import { useState } from 'react';
import { serverFieldErrors, withoutErrors, type FieldErrors } from './forms';

/**
 * The state every form keeps: its values, the client-side messages from the last submit, and each
 * field's message to show (the client's, else the API's 422 ones for that field). One hook so the
 * forms cannot drift apart on how an edit clears them.
 *
 * `edit(patch)` merges the patch, drops the messages of the edited fields and, when `mutation` has a
 * `reset`, resets it, so a stale server error (or a stale "Saved") goes away once the form changes.
 * Pass only `{ error }` to leave the mutation as it is on edit.
 */
export function useFormState<V extends object>(initial: V | (() => V), mutation?: { error: unknown; reset?: () => void }) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const server = serverFieldErrors(mutation?.error);
  const errorFor = (key: keyof V & string): string | string[] | undefined => errors[key] ?? server[key];
  const edit = (patch: Partial<V>) => {
    setValues({ ...values, ...patch });
    setErrors(withoutErrors(errors, Object.keys(patch)));
    mutation?.reset?.();
  };
  return { values, setValues, edit, errors, setErrors, errorFor };
}
