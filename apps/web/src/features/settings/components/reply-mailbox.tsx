import type { EmailChannelDto } from '@parley/shared-types';
import { useRef, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { focusFirstInvalid, formLevelError } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useSaveEmailChannel } from '../api/save-email-channel';

const identityOf = (identity: EmailChannelDto) => ({ fromName: identity.fromName, fromEmail: identity.fromEmail, replyDomain: identity.replyDomain });

/**
 * The mailbox replies arrive in, read over IMAP. The API keeps its password encrypted and never
 * returns it, so a stored mailbox is shown by host, user and folder, and is replaced or removed whole.
 */
export function ReplyMailbox({ identity }: { identity: EmailChannelDto }) {
  const save = useSaveEmailChannel();
  const formRef = useRef<HTMLFormElement>(null);
  const { values, setValues, edit, setErrors, errorFor } = useFormState({ imapUrl: '' }, save);
  const imap = identity.imap;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const imapUrl = values.imapUrl.trim();
    const found = { imapUrl: /^imaps?:\/\/.+/i.test(imapUrl) ? undefined : 'Enter an imaps:// (or imap://) URL with the mailbox user and password.' };
    setErrors(found);
    if (found.imapUrl) return focusFirstInvalid(formRef.current);
    save.mutate({ ...identityOf(identity), imapUrl }, { onSuccess: () => setValues({ imapUrl: '' }), onError: () => focusFirstInvalid(formRef.current) });
  };

  const formError = formLevelError(save.error, ['imapUrl']);
  return (
    <section className="stack stack--sm" aria-labelledby="reply-mailbox-title">
      <h4 className="channel__subtitle" id="reply-mailbox-title">
        Reply mailbox (optional)
      </h4>
      {imap ? (
        <div className="row">
          <p className="small">
            Reading replies from <strong>{imap.user}</strong> at {imap.host}:{imap.port} ({imap.secure ? 'TLS' : 'no TLS'}), folder {imap.mailbox}.
          </p>
          <span className="spacer" />
          <button type="button" className="btn btn--ghost btn--danger-text" disabled={save.isPending} onClick={() => save.mutate({ ...identityOf(identity), imapUrl: null })}>
            Remove mailbox
          </button>
        </div>
      ) : (
        <p className="muted small">None. Replies reach Parley through your mail provider’s inbound webhook, or through a mailbox you connect here.</p>
      )}
      <form ref={formRef} className="stack stack--sm" onSubmit={onSubmit} noValidate aria-label="Reply mailbox">
        {formError && <Alert>{formError}</Alert>}
        <Field
          label={imap ? 'Replace with another mailbox' : 'Mailbox URL'}
          hint="imaps://user:password@imap.yourprovider.com:993/INBOX (encode @ in the user as %40). Stored encrypted; the password is never shown again."
          error={errorFor('imapUrl')}
        >
          {(control) => <input {...control} className="input" type="password" autoComplete="off" value={values.imapUrl} onChange={(e) => edit({ imapUrl: e.target.value })} />}
        </Field>
        <div className="row">
          <button type="submit" className="btn btn--secondary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save mailbox'}
          </button>
        </div>
      </form>
    </section>
  );
}
