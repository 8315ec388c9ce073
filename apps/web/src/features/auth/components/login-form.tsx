import { useRef, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { focusFirstInvalid, formLevelError, hasErrors, isEmail, type FieldErrors } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useLogin } from '../api/login';

const FIELDS = ['email', 'password'] as const;

function validate(values: { email: string; password: string }): FieldErrors {
  return {
    email: isEmail(values.email) ? undefined : 'Enter the email address you signed up with.',
    password: values.password ? undefined : 'Enter your password.',
  };
}

/** On success the session changes and the guest-only route moves the user on. */
export function LoginForm() {
  const login = useLogin();
  const formRef = useRef<HTMLFormElement>(null);
  // Only the error: an edit leaves the failed sign-in as it is.
  const { values, edit, setErrors, errorFor } = useFormState({ email: '', password: '' }, { error: login.error });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    login.mutate(values, { onError: () => focusFirstInvalid(formRef.current) });
  };

  const formError = formLevelError(login.error, FIELDS);

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-label="Sign in">
      {formError && <Alert>{formError}</Alert>}
      <Field label="Email" error={errorFor('email')}>
        {(control) => (
          <input {...control} className="input" type="email" autoComplete="email" value={values.email} onChange={(e) => edit({ email: e.target.value })} />
        )}
      </Field>
      <Field label="Password" error={errorFor('password')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            autoComplete="current-password"
            value={values.password}
            onChange={(e) => edit({ password: e.target.value })}
          />
        )}
      </Field>
      <button type="submit" className="btn btn--primary btn--block" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
