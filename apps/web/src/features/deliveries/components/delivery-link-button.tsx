import { Alert } from '@/components/ui/alert';
import { CopyButton } from '@/components/ui/copy-button';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useSendDeliveryLink } from '../api/send-delivery-link';

/** "Send delivery link": emails the creator their link to submit and publish, and shows it to copy. */
export function DeliveryLinkButton({ contractId }: { contractId: string }) {
  const send = useSendDeliveryLink(contractId);
  return (
    <div className="stack stack--sm">
      <div className="row">
        <button type="button" className="btn btn--secondary btn--small" disabled={send.isPending} onClick={() => send.mutate()}>
          {send.isPending ? 'Sending…' : send.data ? 'Send a new delivery link' : 'Send delivery link'}
        </button>
        <span className="muted small">The creator submits drafts and post links through it, without an account.</span>
      </div>
      {send.isError && <Alert title="The delivery link was not sent">{errorMessage(send.error)}</Alert>}
      {send.data && (
        <Alert
          tone="success"
          title={
            send.data.emailed ? 'Delivery link emailed to the creator' : 'Delivery link made (not emailed: no email address for the creator, or no sender)'
          }
        >
          <p className="row">
            <a href={send.data.url} className="delivery-link" target="_blank" rel="noreferrer noopener">
              {send.data.url}
            </a>
            <CopyButton text={send.data.url} label="Copy the delivery link" what="the link" />
          </p>
          <p className="small">It works until {formatDateTime(send.data.expiresAt)}.</p>
        </Alert>
      )}
    </div>
  );
}
