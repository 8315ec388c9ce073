import type { DeliveryDetailDto } from '@parley/shared-types';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { focusFirstInvalid, formLevelError, serverFieldErrors } from '@/lib/forms';
import { useUpdateDelivery, type UpdateDeliveryInput } from '../../api/update-delivery';

/** Corrects the link, caption or post date without moving the delivery (only what changed is sent). */
export function ContentForm({ delivery: d, onDone }: { delivery: DeliveryDetailDto; onDone: () => void }) {
  const update = useUpdateDelivery(d.id, d.campaignId);
  const [contentUrl, setContentUrl] = useState(d.contentUrl ?? '');
  const [caption, setCaption] = useState(d.caption ?? '');
  const [postDate, setPostDate] = useState(d.postDate?.slice(0, 10) ?? '');
  const server = serverFieldErrors(update.error);
  const formError = formLevelError(update.error, ['contentUrl', 'caption', 'postDate']);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const changes: UpdateDeliveryInput = {};
    if (contentUrl.trim() !== (d.contentUrl ?? '')) changes.contentUrl = contentUrl.trim();
    if (caption !== (d.caption ?? '')) changes.caption = caption;
    if (postDate !== (d.postDate?.slice(0, 10) ?? '') && postDate) changes.postDate = `${postDate}T00:00:00.000Z`;
    if (!Object.keys(changes).length) return onDone();
    update.mutate(changes, { onSuccess: onDone, onError: () => focusFirstInvalid(form) });
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Edit the content">
      {formError && <Alert title="Not saved">{formError}</Alert>}
      <Field label="Link to the draft or post" error={server.contentUrl}>
        {(control) => <input {...control} className="input" type="url" inputMode="url" value={contentUrl} onChange={(e) => setContentUrl(e.target.value)} />}
      </Field>
      <Field label="Caption" hint="The brief check runs on the next submit or publish." error={server.caption}>
        {(control) => <textarea {...control} className="textarea" rows={4} value={caption} onChange={(e) => setCaption(e.target.value)} />}
      </Field>
      <Field label="Post date" error={server.postDate}>
        {(control) => <input {...control} className="input" type="date" value={postDate} onChange={(e) => setPostDate(e.target.value)} />}
      </Field>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
