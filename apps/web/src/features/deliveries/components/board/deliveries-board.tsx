import type { DeliveryDto, DeliveryStatus } from '@parley/shared-types';
import { useCallback, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { useCampaign } from '@/features/campaigns/api/get-campaign';
import { useDeliveryLiveUpdates } from '../../api/live-updates';
import { BOARD_STATUSES } from '../../labels';
import { useDeliveryMoves } from '../use-delivery-moves';
import { BoardColumn } from './board-column';
import { ImportMetricsDialog } from './import-dialog';
import { RemindersButton } from './reminders-button';
import '../../deliveries.css';

/**
 * /campaigns/:id/deliveries: the campaign's promised pieces in columns by status, moved through the
 * approval workflow by the buttons on each card or by keys on a focused card.
 */
export function DeliveriesBoard({ campaignId }: { campaignId: string }) {
  const campaign = useCampaign(campaignId);
  const [showCancelled, setShowCancelled] = useState(false);
  const [importing, setImporting] = useState(false);
  // The card just moved, to focus again in the column it lands in: its buttons and keys go with it.
  const [focus, setFocus] = useState<{ id: string; status: DeliveryStatus } | null>(null);
  const hintId = useId();
  useDeliveryLiveUpdates(campaignId);

  const moves = useDeliveryMoves({ onMoved: (moved: DeliveryDto) => setFocus({ id: moved.id, status: moved.status }) });
  const onFocused = useCallback(() => setFocus(null), []);

  const name = campaign.data?.name;
  const statuses: DeliveryStatus[] = showCancelled ? [...BOARD_STATUSES, 'cancelled'] : [...BOARD_STATUSES];

  return (
    <div className="stack stack--lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/campaigns/${campaignId}`}>{name ?? 'Campaign'}</Link>
      </nav>
      <PageHeader
        title={name ? `Deliveries · ${name}` : 'Deliveries'}
        description="Every piece of content the campaign’s signed contracts promise, by where it stands."
        actions={
          <>
            <Link className="btn btn--secondary" to={`/campaigns/${campaignId}#performance`}>
              Performance
            </Link>
            <button type="button" className="btn btn--primary" onClick={() => setImporting(true)}>
              Import figures
            </button>
          </>
        }
      />
      <div className="board-toolbar">
        <p id={hintId} className="board-hint small">
          Keyboard: Tab to a card, then <kbd>S</kbd> submit, <kbd>A</kbd> approve, <kbd>R</kbd> reject, <kbd>P</kbd> publish, <kbd>Enter</kbd> open.
        </p>
        <div className="row">
          <RemindersButton campaignId={campaignId} />
          <label className="checkbox">
            <input type="checkbox" checked={showCancelled} onChange={(e) => setShowCancelled(e.target.checked)} />
            Show cancelled
          </label>
        </div>
      </div>
      {moves.problem && (
        <div className="board-problem">
          <Alert title={moves.problem.title}>
            <p>{moves.problem.message}</p>
            <button type="button" className="btn btn--ghost btn--small" onClick={moves.clearProblem}>
              Dismiss
            </button>
          </Alert>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {moves.announcement}
      </p>
      <div className={`board board--${statuses.length}`}>
        {statuses.map((status) => (
          <BoardColumn
            key={status}
            campaignId={campaignId}
            status={status}
            hintId={hintId}
            pendingId={moves.pendingId}
            focusId={focus?.status === status ? focus.id : null}
            onFocused={onFocused}
            onMove={moves.start}
          />
        ))}
      </div>
      {moves.dialog}
      <ImportMetricsDialog campaignId={campaignId} open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
