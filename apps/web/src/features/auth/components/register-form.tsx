import type { RegisterBody } from '@parley/shared-types';
import { useRef, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { focusFirstInvalid, formLevelError, hasErrors, isEmail, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useRegister } from '../api/register';

const FIELDS = ['storeName', 'email', 'password'] as const;
const MIN_PASSWORD = 10;

function validate(values: RegisterBody): FieldErrors {
  return {
    storeName: values.storeName.trim() ? undefined : 'Enter your store’s name.',
    email: isEmail(values.email) ? undefined : 'Enter a valid email address.',
    password: values.password.length >= MIN_PASSWORD ? undefined : `Use at least ${MIN_PASSWORD} characters.`,
  };
}

export function RegisterForm() {
  const register = useRegister();
  const formRef = useRef<HTMLFormElement>(null);
  // Only the error: an edit leaves the failed registration as it is.
  const { values, edit, setErrors, errorFor } = useFormState<RegisterBody>({ storeName: '', email: '', password: '' }, { error: register.error });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    register.mutate(values, { onError: () => focusFirstInvalid(formRef.current) });
  };

  const formError = formLevelError(register.error, FIELDS);

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label="Create account">
      {formError && <Alert>{formError}</Alert>}
      <Field label="Store name" error={errorFor('storeName')}>
        {(control) => (
          <input {...control} className="input" autoComplete="organization" value={values.storeName} onChange={(e) => edit({ storeName: e.target.value })} />
        )}
      </Field>
      <Field label="Email" error={errorFor('email')}>
        {(control) => (
          <input {...control} className="input" type="email" autoComplete="email" value={values.email} onChange={(e) => edit({ email: e.target.value })} />
        )}
      </Field>
      <Field label="Password" hint={`At least ${MIN_PASSWORD} characters.`} error={errorFor('password')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => edit({ password: e.target.value })}
          />
        )}
      </Field>
      <button type="submit" className="btn btn--primary btn--block" disabled={register.isPending}>
        {register.isPending ? 'Creating your store…' : 'Create account'}
      </button>
    </form>
  );
}
