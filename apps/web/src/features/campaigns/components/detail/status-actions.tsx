import { CAMPAIGN_TRANSITIONS, type CampaignDto, type CampaignStatus } from '@parley/shared-types';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/lib/api-client';
import { useChangeCampaignStatus } from '../../api/change-campaign-status';

/** The button for a move: back to active is "Resume" from paused, "Activate" from draft. */
function actionLabel(from: CampaignStatus, to: CampaignStatus): string {
  if (to === 'active') return from === 'paused' ? 'Resume' : 'Activate';
  if (to === 'paused') return 'Pause';
  return 'Complete';
}

/** Only the moves the API allows from the current status (the shared transition table). */
export function StatusActions({ campaign }: { campaign: CampaignDto }) {
  const change = useChangeCampaignStatus(campaign.id);
  const [confirming, setConfirming] = useState(false);
  const moves = CAMPAIGN_TRANSITIONS[campaign.status];

  if (!moves.length) return null;

  const run = (to: CampaignStatus) => change.mutate(to, { onSettled: () => setConfirming(false) });

  return (
    <div className="status-actions">
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'completed' ? 'btn btn--secondary' : 'btn btn--primary'}
          disabled={change.isPending}
          // Completing cannot be undone, so it asks first.
          onClick={() => (to === 'completed' ? setConfirming(true) : run(to))}
        >
          {actionLabel(campaign.status, to)}
        </button>
      ))}
      {(campaign.status === 'active' || campaign.status === 'paused') && (
        <p className="status-actions__hint muted small">Pausing clears the planned follow-ups; resuming plans them again.</p>
      )}
      {change.isError && !confirming && <Alert>{errorMessage(change.error)}</Alert>}
      <ConfirmDialog
        open={confirming}
        title="Complete this campaign?"
        confirmLabel="Complete campaign"
        cancelLabel="Keep it running"
        busy={change.isPending}
        onConfirm={() => run('completed')}
        onCancel={() => setConfirming(false)}
      >
        <p>A completed campaign sends no more outreach or follow-ups, and it cannot be reopened.</p>
      </ConfirmDialog>
    </div>
  );
}
