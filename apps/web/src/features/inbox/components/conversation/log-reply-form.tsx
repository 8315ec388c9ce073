import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { focusFirstInvalid, formLevelError, serverFieldErrors } from '@/lib/forms';
import { useLogReply, type LoggedReply } from '../../api/log-reply';
import { formatConfidence, REPLY_CATEGORY_LABELS, REPLY_SENTIMENT_LABELS } from '../../labels';

/**
 * A reply that came in elsewhere (a call, a DM, another mailbox): logged, it is categorised and
 * applied like an emailed one, and its suggested answer goes into the reply box.
 */
export function LogReplyForm({ outreachId, onLogged }: { outreachId: string; onLogged: (result: LoggedReply) => void }) {
  const log = useLogReply(outreachId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Paste or type what the creator said.');
      return focusFirstInvalid(formRef.current);
    }
    log.mutate(text, {
      onSuccess: (result) => {
        setText('');
        onLogged(result);
      },
      onError: () => focusFirstInvalid(formRef.current),
    });
  };

  const result = log.data;
  const formError = formLevelError(log.error, ['replyText']);
  return (
    <details className="card log-reply">
      <summary className="log-reply__summary">Log a reply received elsewhere</summary>
      <form ref={formRef} className="stack stack--sm" onSubmit={onSubmit} noValidate aria-label="Log a reply">
        {formError && <Alert>{formError}</Alert>}
        <Field
          label="Their reply"
          hint="For answers by phone, DM or another mailbox. It is categorised like an emailed reply, and a suggested answer goes into the reply box."
          error={error ?? serverFieldErrors(log.error).replyText}
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={4}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setError(undefined);
                log.reset();
              }}
            />
          )}
        </Field>
        <div className="row">
          <button type="submit" className="btn btn--secondary" disabled={log.isPending}>
            {log.isPending ? 'Logging…' : 'Log reply'}
          </button>
        </div>
        {result && (
          <Alert tone="success" title="Reply logged">
            <p>
              Categorised as {REPLY_CATEGORY_LABELS[result.category]} · {REPLY_SENTIMENT_LABELS[result.sentiment]} · {formatConfidence(result.confidence)}.
              {result.needsReview && ' The classifier was unsure — check the category.'}
            </p>
            <p>{result.suggestedResponse ? 'The suggested answer is in the reply box.' : 'There is no suggested answer for this category.'}</p>
          </Alert>
        )}
      </form>
    </details>
  );
}
