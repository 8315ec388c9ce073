import type { DeliveryDto } from '@parley/shared-types';
import { useState } from 'react';
import { ApiError, errorMessage } from '@/lib/api-client';
import { formLevelError } from '@/lib/forms';
import { useMoveDelivery, type MoveBody } from '../api/move-delivery';
import { DELIVERY_STATUS_LABELS, deliveryTitle, MOVES, needsDialog, type DeliveryMove } from '../labels';
import { MoveDialog, type MoveRequest } from './move-dialog';

export interface MoveProblem {
  title: string;
  message: string;
}

/**
 * The moves of the board and the detail page: a move that needs something first (a link to submit
 * or publish, a reason to reject) opens a dialog; anything else goes straight to the API, whose 409
 * (the move is not allowed from the current status) or 422 is kept to show with its message.
 */
export function useDeliveryMoves(options: { onMoved?: (delivery: DeliveryDto) => void } = {}) {
  const mutation = useMoveDelivery();
  const [dialog, setDialog] = useState<MoveRequest | null>(null);
  const [problem, setProblem] = useState<MoveProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pendingId, setPendingId] = useState<string | null>(null);

  const run = (move: DeliveryMove, delivery: DeliveryDto, body: MoveBody, inDialog: boolean) => {
    setProblem(null);
    setPendingId(delivery.id);
    mutation.mutate(
      { id: delivery.id, move, body, campaignId: delivery.campaignId },
      {
        onSuccess: (moved) => {
          setDialog(null);
          setAnnouncement(`${deliveryTitle(delivery)}: ${DELIVERY_STATUS_LABELS[moved.status]}.`);
          options.onMoved?.(moved);
        },
        onError: (error) => {
          // A 422 from the dialog is shown in it, beside its field; the rest above the board.
          if (inDialog && error instanceof ApiError && error.status === 422) return;
          setDialog(null);
          const title =
            error instanceof ApiError && error.status === 409
              ? `Could not ${MOVES[move].label.toLowerCase()}: ${deliveryTitle(delivery)}`
              : `${MOVES[move].label} failed`;
          setProblem({ title, message: formLevelError(error, []) ?? errorMessage(error) });
        },
        onSettled: () => setPendingId(null),
      },
    );
  };

  const start = (move: DeliveryMove, delivery: DeliveryDto) => {
    if (mutation.isPending) return;
    if (needsDialog(move, delivery)) {
      mutation.reset();
      setProblem(null);
      setDialog({ move, delivery });
    } else {
      run(move, delivery, {}, false);
    }
  };

  const element = (
    <MoveDialog
      request={dialog}
      busy={mutation.isPending}
      error={dialog ? mutation.error : null}
      onConfirm={(body) => dialog && run(dialog.move, dialog.delivery, body, true)}
      onCancel={() => setDialog(null)}
    />
  );

  return { start, pendingId, dialog: element, problem, clearProblem: () => setProblem(null), announcement };
}
