import type { ContractDto, ContractStatus } from '@parley/shared-types';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useCancelContract } from '../../api/cancel-contract';
import { downloadContractPdf, pdfFileName } from '../../api/get-contract-pdf';
import { useSendContract } from '../../api/send-contract';
import { formatCompensation, influencerLabel } from '../labels';

/** Statuses the API lets a contract be cancelled from (a completed or cancelled one answers 409). */
const CANCELLABLE: ReadonlySet<ContractStatus> = new Set(['draft', 'sent', 'signed', 'active']);

/**
 * What can be done from the contract's status: edit a draft, send it for signature (or send a new
 * link once sent), cancel it after asking, and save the PDF.
 */
export function ContractActions({ contract: c }: { contract: ContractDto }) {
  const send = useSendContract(c.id);
  const cancel = useCancelContract(c.id);
  const showToast = useToast();
  const [confirming, setConfirming] = useState<'cancel' | 'resend' | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const canSend = c.status === 'draft' || c.status === 'sent';

  const onSend = () =>
    send.mutate(undefined, {
      onSuccess: (sent) =>
        showToast({
          id: `contract-${c.id}-sent-${Date.now()}`,
          title: c.status === 'sent' ? 'New signing link sent' : 'Sent for signature',
          body: `${sent.influencerEmail ?? 'The creator'} has a link to read and sign it${sent.signingExpiresAt ? ` until ${formatDateTime(sent.signingExpiresAt)}` : ''}.`,
        }),
      onSettled: () => setConfirming(null),
    });

  const onCancel = () =>
    cancel.mutate(undefined, {
      onSuccess: () =>
        showToast({
          id: `contract-${c.id}-cancelled`,
          title: 'Contract cancelled',
          body: `${formatCompensation(c.compensation, c.currency)} is back in the campaign’s budget.`,
        }),
      // Closed either way: a failure shows under the buttons.
      onSettled: () => setConfirming(null),
    });

  const onDownload = async () => {
    setDownloading(true);
    setDownloadError(null);
    try {
      await downloadContractPdf(c.id, pdfFileName(c.influencerName, c.campaignName));
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(false);
    }
  };

  const failure: unknown = send.error ?? cancel.error ?? downloadError;

  return (
    <div className="status-actions">
      {c.status === 'draft' && (
        <Link className="btn btn--secondary" to={`/contracts/${c.id}/edit`}>
          Edit
        </Link>
      )}
      {canSend && (
        <button
          type="button"
          className="btn btn--primary"
          disabled={send.isPending || !c.influencerEmail}
          onClick={() => (c.status === 'sent' ? setConfirming('resend') : onSend())}
        >
          {send.isPending ? 'Sending…' : c.status === 'sent' ? 'Resend' : 'Send for signature'}
        </button>
      )}
      <button type="button" className="btn btn--secondary" disabled={downloading} onClick={() => void onDownload()}>
        {downloading ? 'Preparing…' : 'Download PDF'}
      </button>
      {CANCELLABLE.has(c.status) && (
        <button type="button" className="btn btn--ghost btn--danger-text" disabled={cancel.isPending} onClick={() => setConfirming('cancel')}>
          Cancel contract
        </button>
      )}
      {canSend && !c.influencerEmail && (
        <p className="status-actions__hint muted small">The creator has no email address: add one on the Influencers page to send the signing link.</p>
      )}
      {failure != null && !confirming && <Alert>{errorMessage(failure)}</Alert>}
      <ConfirmDialog
        open={confirming === 'resend'}
        title="Send a new signing link?"
        confirmLabel="Send new link"
        cancelLabel="Keep the current link"
        busy={send.isPending}
        onConfirm={onSend}
        onCancel={() => setConfirming(null)}
      >
        <p>{c.influencerEmail ?? 'The creator'} gets a new email with a new link; the link sent before stops working.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'cancel'}
        title="Cancel this contract?"
        confirmLabel="Cancel contract"
        cancelLabel="Keep it"
        danger
        busy={cancel.isPending}
        onConfirm={onCancel}
        onCancel={() => setConfirming(null)}
      >
        <p>
          The contract with {influencerLabel(c)} is withdrawn{c.status === 'sent' ? ' and its signing link stops working' : ''}.{' '}
          {formatCompensation(c.compensation, c.currency)} goes back to the campaign’s budget. This cannot be undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}
