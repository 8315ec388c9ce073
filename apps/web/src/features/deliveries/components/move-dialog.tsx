import type { DeliveryDto } from '@parley/shared-types';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { focusFirstInvalid, formLevelError, serverFieldErrors } from '@/lib/forms';
import type { MoveBody } from '../api/move-delivery';
import { deliveryTitle, MOVES, type DeliveryMove } from '../labels';

export interface MoveRequest {
  move: DeliveryMove;
  delivery: DeliveryDto;
}

const TITLES: Record<DeliveryMove, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  reject: 'Reject the delivery',
  publish: 'Mark as published',
};

interface Props {
  request: MoveRequest | null;
  busy: boolean;
  /** The failed move's error, shown in the form (422 per field, anything else above it). */
  error: unknown;
  onConfirm: (body: MoveBody) => void;
  onCancel: () => void;
}

/** Asks for what a move needs: the link or caption to submit, the post's link and date to publish, the reason to reject. */
export function MoveDialog({ request, busy, error, onConfirm, onCancel }: Props) {
  return (
    <Dialog open={request !== null} onClose={onCancel} title={request ? TITLES[request.move] : ''}>
      {request && (
        <MoveForm key={`${request.delivery.id}-${request.move}`} request={request} busy={busy} error={error} onConfirm={onConfirm} onCancel={onCancel} />
      )}
    </Dialog>
  );
}

function MoveForm({ request: { move, delivery }, busy, error, onConfirm, onCancel }: Omit<Props, 'request'> & { request: MoveRequest }) {
  const [contentUrl, setContentUrl] = useState(delivery.contentUrl ?? '');
  const [caption, setCaption] = useState(delivery.caption ?? '');
  const [postDate, setPostDate] = useState(delivery.postDate?.slice(0, 10) ?? '');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = serverFieldErrors(error);
  const shown = ['contentUrl', 'caption', 'postDate', 'reason'];
  const formError = formLevelError(error, shown);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const problems: Record<string, string> = {};
    if (move === 'reject' && !reason.trim()) problems.reason = 'Say what should change.';
    if (move === 'submit' && !contentUrl.trim() && !caption.trim()) problems.contentUrl = 'Enter the link to the draft or post, or its caption.';
    if (move === 'publish' && !contentUrl.trim()) problems.contentUrl = 'Enter the link to the published post.';
    setLocal(problems);
    if (Object.keys(problems).length) {
      focusFirstInvalid(form);
      return;
    }
    if (move === 'reject') return onConfirm({ reason: reason.trim() });
    const body: MoveBody = {};
    if (contentUrl.trim()) body.contentUrl = contentUrl.trim();
    if (caption.trim()) body.caption = caption;
    // A calendar day, sent as UTC midnight like every date; without one the API takes now.
    if (move === 'publish' && postDate) body.postDate = `${postDate}T00:00:00.000Z`;
    onConfirm(body);
  };

  const errorFor = (field: string) => local[field] ?? server[field];

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={TITLES[move]}>
      <p className="muted small">{deliveryTitle(delivery)}</p>
      {formError && <Alert title={`Could not ${MOVES[move].label.toLowerCase()}`}>{formError}</Alert>}
      {move === 'reject' ? (
        <Field label="Reason" hint="The creator is emailed this reason and can submit again after changes." error={errorFor('reason')}>
          {(control) => <textarea {...control} className="textarea" rows={4} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      ) : (
        <>
          <Field
            label={move === 'publish' ? 'Link to the post' : 'Link to the draft or post'}
            hint={move === 'submit' ? 'A link, a caption, or both.' : undefined}
            error={errorFor('contentUrl')}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="url"
                inputMode="url"
                placeholder="https://"
                value={contentUrl}
                onChange={(e) => setContentUrl(e.target.value)}
              />
            )}
          </Field>
          <Field label="Caption" hint="Checked against the brief: disclosure, must include, must avoid." error={errorFor('caption')}>
            {(control) => (
              <textarea {...control} className="textarea" rows={3} maxLength={10000} value={caption} onChange={(e) => setCaption(e.target.value)} />
            )}
          </Field>
          {move === 'publish' && (
            <Field label="Post date" hint="Leave empty for today." error={errorFor('postDate')}>
              {(control) => <input {...control} className="input" type="date" value={postDate} onChange={(e) => setPostDate(e.target.value)} />}
            </Field>
          )}
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={move === 'reject' ? 'btn btn--danger' : 'btn btn--primary'} disabled={busy}>
          {busy ? 'Saving…' : MOVES[move].label}
        </button>
      </div>
    </form>
  );
}
