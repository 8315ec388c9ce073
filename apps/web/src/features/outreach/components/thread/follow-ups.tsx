import type { FollowUpPlanDto, OutreachDetailDto, PlannedFollowUpDto, ThreadMessageDto } from '@parley/shared-types';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Field } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { focusFirstInvalid, formLevelError, serverFieldErrors } from '@/lib/forms';
import { useSetFollowUpsPaused } from '../../api/pause-follow-ups';
import { useSendFollowUp } from '../../api/send-follow-up';
import { FOLLOW_UP_REFUSAL_LABELS, FOLLOW_UP_STOP_REASONS, messageKindLabel } from '../labels';
import { MessageStatusBadge } from '../status-badge';

/** Why a sequence is over for good: nothing to pause, and a follow-up sent now would be refused. */
const ENDED: ReadonlySet<FollowUpPlanDto['stoppedBecause']> = new Set(['replied', 'finished', 'suppressed', 'bounced']);

/** When a sent follow-up went (or is due to go). */
const momentOf = (m: ThreadMessageDto): string => m.sentAt ?? m.scheduledFor ?? m.createdAt;

/** The thread's follow-ups, in the order of the sequence (a follow-up without a step number keeps its place in time). */
const sentFollowUps = (messages: ThreadMessageDto[]): ThreadMessageDto[] =>
  messages.filter((m) => m.direction === 'out' && m.kind === 'follow_up').sort((a, b) => (a.followUpStep ?? 0) - (b.followUpStep ?? 0));

/** Who writes a planned follow-up: its template, else the AI writer. */
const writtenBy = (p: PlannedFollowUpDto): string => (p.templateId ? `Template: ${p.templateName ?? 'a template that was removed'}` : 'AI-written');

/**
 * Where the outreach's follow-up sequence stands: the follow-ups sent so far, the ones planned (when,
 * and what writes them), when it becomes "no response" if nobody answers, or why nothing is planned.
 * With the actions to pause or resume the sequence and to send the next follow-up now, unless it is
 * over for good (the creator replied, every step went, the address is suppressed or bounced).
 * `level` is the heading's: 2 on the thread page, 3 inside the inbox's conversation pane.
 */
export function FollowUps({ outreach: o, level = 2 }: { outreach: OutreachDetailDto; level?: 2 | 3 }) {
  const titleId = useId();
  const Heading = `h${level}` as const;
  const plan = o.followUps;
  const sent = sentFollowUps(o.thread.messages);

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <div className="section-header">
        <Heading id={titleId} className="section-title">
          Follow-ups
        </Heading>
        <span className="row small">
          {plan.paused && <Badge tone="warning">Paused</Badge>}
          <span className="muted">
            {plan.sent} of {plan.steps} sent
          </span>
        </span>
      </div>
      {sent.length + plan.planned.length > 0 && (
        <ol className="timeline" aria-label="Follow-up sequence">
          {sent.map((m) => (
            <li key={m.id} className="timeline__item">
              <time className="timeline__time" dateTime={momentOf(m)}>
                {formatDateTime(momentOf(m))}
              </time>
              <span className="timeline__what">
                <span className="timeline__label">{messageKindLabel(m)}</span>
                <MessageStatusBadge status={m.status} />
              </span>
              {m.subject && <span className="timeline__detail small">{m.subject}</span>}
            </li>
          ))}
          {plan.planned.map((p) => (
            <li key={p.step} className="timeline__item timeline__item--planned">
              <time className="timeline__time" dateTime={p.at}>
                {formatDateTime(p.at)}
              </time>
              <span className="timeline__what">
                <span className="timeline__label">Follow-up {p.step}</span>
                <Badge tone="info">Planned</Badge>
              </span>
              <span className="timeline__detail small">{writtenBy(p)}</span>
            </li>
          ))}
        </ol>
      )}
      <PlanStatus plan={plan} />
      {(plan.paused || !ENDED.has(plan.stoppedBecause)) && <FollowUpActions outreach={o} />}
    </section>
  );
}

/** The line under the list: when the outreach becomes "no response", or why nothing is planned. */
function PlanStatus({ plan }: { plan: FollowUpPlanDto }) {
  if (plan.stoppedBecause && !plan.planned.length) {
    return (
      <p className="notice" role="note">
        No follow-up planned: {FOLLOW_UP_STOP_REASONS[plan.stoppedBecause]}.
      </p>
    );
  }
  return (
    <>
      {plan.steps === 0 && <p className="muted small">This outreach has no follow-ups: its campaign sets no follow-up days.</p>}
      {plan.noResponseAt && (
        <p className="small">
          No response on <time dateTime={plan.noResponseAt}>{formatDateTime(plan.noResponseAt)}</time> if nobody answers.
        </p>
      )}
    </>
  );
}

/** Pause or resume the sequence, and send the next follow-up now (with a message of one's own, or as planned). */
function FollowUpActions({ outreach: o }: { outreach: OutreachDetailDto }) {
  const pause = useSetFollowUpsPaused(o.id);
  const send = useSendFollowUp(o.id);
  const showToast = useToast();
  const [message, setMessage] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const paused = o.followUps.paused;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(message.trim() ? { message: message.trim() } : {}, {
      onSuccess: (result) => {
        const at = Date.now();
        if (result.sent) {
          setMessage('');
          showToast({
            id: result.messageId ?? `follow-up-${o.id}-${at}`,
            title: result.step ? `Follow-up ${result.step} sent` : 'Follow-up sent',
            body: 'It is queued and shows in the thread in a moment.',
          });
        } else {
          showToast({
            id: `follow-up-${o.id}-${at}`,
            title: 'No follow-up sent',
            body: result.reason ? FOLLOW_UP_REFUSAL_LABELS[result.reason] : 'There was nothing to send.',
          });
        }
      },
      onError: () => focusFirstInvalid(formRef.current),
    });
  };

  const formError = formLevelError(send.error, ['message']);
  return (
    <div className="stack stack--sm">
      <div className="row">
        <button type="button" className="btn btn--secondary" disabled={pause.isPending} onClick={() => pause.mutate(!paused)}>
          {paused ? 'Resume follow-ups' : 'Pause follow-ups'}
        </button>
        <span className="muted small">
          {paused ? 'Resuming plans the remaining follow-ups again.' : 'Pausing clears the planned follow-ups of this outreach.'}
        </span>
      </div>
      {pause.isError && <Alert>{errorMessage(pause.error)}</Alert>}
      <form ref={formRef} className="stack stack--sm" onSubmit={onSubmit} noValidate aria-label="Send a follow-up now">
        {formError && <Alert>{formError}</Alert>}
        <Field
          label="Follow-up message (optional)"
          hint="Leave empty to send the next follow-up as planned: its template, or the AI writer."
          error={serverFieldErrors(send.error).message}
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={3}
              value={message}
              onChange={(e) => {
                setMessage(e.target.value);
                send.reset();
              }}
            />
          )}
        </Field>
        <div className="row">
          <button type="submit" className="btn btn--primary" disabled={send.isPending}>
            {send.isPending ? 'Sending…' : 'Send follow-up now'}
          </button>
        </div>
      </form>
    </div>
  );
}
