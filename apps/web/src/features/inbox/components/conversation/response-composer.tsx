import type { OutreachDto } from '@parley/shared-types';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { creatorName } from '@/features/outreach/components/creator-name';
import { focusFirstInvalid, formLevelError, serverFieldErrors } from '@/lib/forms';
import { useSuggestedResponse } from '../../api/get-suggested-response';
import { useRespond } from '../../api/respond';
import { REPLY_CATEGORY_LABELS } from '../../labels';

interface Props {
  outreach: OutreachDto;
  /** What the user has typed; null until they type, while the box shows the suggestion. */
  draft: string | null;
  onDraft: (draft: string | null) => void;
}

/**
 * The brand's answer, sent in the same thread: it starts from the suggested response (editable, or
 * empty when there is none) and goes out like any outreach email, queued first.
 */
export function ResponseComposer({ outreach: o, draft, onDraft }: Props) {
  const suggestion = useSuggestedResponse(o.id);
  const respond = useRespond(o.id);
  const [error, setError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const suggested = suggestion.data?.suggestedResponse ?? null;
  const text = draft ?? suggested ?? '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Write your reply first.');
      return focusFirstInvalid(formRef.current);
    }
    respond.mutate(text, {
      // The box empties rather than going back to the suggestion, which answered the reply just answered.
      onSuccess: () => onDraft(''),
      onError: () => focusFirstInvalid(formRef.current),
    });
  };

  const edit = (value: string) => {
    onDraft(value);
    setError(undefined);
    respond.reset();
  };

  const hint = suggestion.isPending
    ? 'Loading a suggested reply…'
    : suggestion.isError
      ? 'No suggestion could be loaded: write your own.'
      : suggested
        ? `Suggested for a reply categorised as ${REPLY_CATEGORY_LABELS[suggestion.data.category ?? o.replyCategory ?? 'interested']}. Edit it before you send.`
        : 'No suggestion for this reply: write your own.';
  const formError = formLevelError(respond.error, ['message']);

  return (
    <section className="card stack stack--sm" aria-labelledby={titleId}>
      <h3 id={titleId} className="section-title">
        Reply to {creatorName(o.influencer)}
      </h3>
      <form ref={formRef} className="stack stack--sm" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
        {formError && <Alert>{formError}</Alert>}
        {/* "Write your reply first" goes once there is text, however it got there (typed, or a logged reply's suggestion). */}
        <Field label="Your reply" hint={hint} error={(text.trim() ? undefined : error) ?? serverFieldErrors(respond.error).message}>
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={7}
              placeholder="Write your reply to the creator…"
              value={text}
              onChange={(e) => edit(e.target.value)}
            />
          )}
        </Field>
        <div className="row">
          <button type="submit" className="btn btn--primary" disabled={respond.isPending}>
            {respond.isPending ? 'Sending…' : 'Send reply'}
          </button>
          {suggested && draft !== null && draft !== suggested && !respond.isSuccess && (
            <button type="button" className="btn btn--ghost" onClick={() => edit(suggested)}>
              Use the suggestion
            </button>
          )}
          <span role="status" className="success-text small">
            {respond.isSuccess ? 'Reply queued: it shows in the conversation and goes out in a moment.' : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
