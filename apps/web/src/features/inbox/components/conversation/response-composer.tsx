import type { OutreachDto } from '@parley/shared-types';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { creatorName } from '@/features/outreach/components/creator-name';
import { acceptsWrittenReply, useDmWindow, type DmWindowState } from '@/features/outreach/components/thread/dm-window';
import { SERVICE_NAMES } from '@/features/templates/components/labels';
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

/** What happens to a reply written now on a DM, said next to the send button (null: email, or the window is unknown). */
function dmNote(state: DmWindowState | undefined, service: string): string | null {
  if (!state || state.kind === 'unknown') return null;
  if (state.kind === 'open') return `The window is open: your reply goes by ${service} now.`;
  if (state.kind === 'human_agent') return `Goes by ${service} as a message you wrote: the automatic window has closed, but written replies may still go.`;
  return `The window is closed, and that’s fine: your reply becomes an assisted task. Copy it, send it in ${service}, then mark it as sent.`;
}

/**
 * The brand's answer, sent in the same thread: it starts from the suggested response (editable, or
 * empty when there is none) and goes out like any outreach email, queued first. On a DM whose window
 * is closed it is still accepted: it becomes an assisted task, and the note by the button says so.
 */
export function ResponseComposer({ outreach: o, draft, onDraft }: Props) {
  const suggestion = useSuggestedResponse(o.id);
  const respond = useRespond(o.id);
  const dm = useDmWindow(o);
  const note = dmNote(dm?.state, SERVICE_NAMES[o.channel]);
  // Whether the reply just sent was headed for a closed window, for the confirmation.
  const [sentAsTask, setSentAsTask] = useState(false);
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
    setSentAsTask(dm !== null && dm.state.kind !== 'unknown' && !acceptsWrittenReply(dm.state));
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
          <button type="submit" className="btn btn--primary" disabled={respond.isPending} aria-describedby={note && !respond.isSuccess ? `${titleId}-dm-note` : undefined}>
            {respond.isPending ? 'Sending…' : 'Send reply'}
          </button>
          {suggested && draft !== null && draft !== suggested && !respond.isSuccess && (
            <button type="button" className="btn btn--ghost" onClick={() => edit(suggested)}>
              Use the suggestion
            </button>
          )}
          <span role="status" className="success-text small">
            {respond.isSuccess
              ? sentAsTask
                ? 'Reply saved: it becomes an assisted task in a moment, with Copy, Open and Mark as sent in the conversation and on the Assisted sends page.'
                : 'Reply queued: it shows in the conversation and goes out in a moment.'
              : ''}
          </span>
        </div>
        {note && !respond.isSuccess && (
          <p id={`${titleId}-dm-note`} className="muted small">
            {note}
          </p>
        )}
      </form>
    </section>
  );
}
