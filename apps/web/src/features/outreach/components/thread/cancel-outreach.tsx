import type { OutreachDto } from '@parley/shared-types';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/lib/api-client';
import { creatorName } from '../creator-name';
import { useCancelOutreach } from '../../api/cancel-outreach';

/** Stops a message that has not gone yet, after asking. */
export function CancelOutreach({ outreach }: { outreach: OutreachDto }) {
  const cancel = useCancelOutreach(outreach.id);
  const [confirming, setConfirming] = useState(false);

  return (
    <div className="status-actions">
      <button type="button" className="btn btn--secondary" disabled={cancel.isPending} onClick={() => setConfirming(true)}>
        Cancel outreach
      </button>
      {cancel.isError && !confirming && <Alert>{errorMessage(cancel.error)}</Alert>}
      <ConfirmDialog
        open={confirming}
        title="Cancel this outreach?"
        confirmLabel="Cancel outreach"
        cancelLabel="Keep it"
        danger
        busy={cancel.isPending}
        // Closed either way: a failure (say, it was sent meanwhile) shows on the page.
        onConfirm={() => cancel.mutate(undefined, { onSettled: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p>The message to {creatorName(outreach.influencer)} will not be sent. To reach them later, send a new one.</p>
      </ConfirmDialog>
    </div>
  );
}
