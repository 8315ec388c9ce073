import type { DeliveryDto } from '@parley/shared-types';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import { describeDelivery, deliveryTitle, moveForKey, MOVES, movesFrom, type DeliveryMove } from '../../labels';
import { BriefBadge } from '../brief-badge';

interface Props {
  delivery: DeliveryDto;
  /** The id of the board's keyboard hint, read with the card's name. */
  hintId: string;
  busy: boolean;
  /** Take focus when this card shows up (the card moved by keyboard lands in its new column). */
  takeFocus: boolean;
  onFocused: () => void;
  onMove: (move: DeliveryMove, delivery: DeliveryDto) => void;
}

/**
 * One promised piece on the board. The card itself takes focus: S, A, R and P make the moves
 * (the API answers any that is not allowed from the current status), Enter opens the delivery.
 * The letters work from the card's buttons too, which name them in aria-keyshortcuts.
 */
export function DeliveryCard({ delivery: d, hintId, busy, takeFocus, onFocused, onMove }: Props) {
  const ref = useRef<HTMLElement>(null);
  const navigate = useNavigate();
  const title = deliveryTitle(d);

  useEffect(() => {
    if (!takeFocus) return;
    // On the next frame: a move made in a dialog closes it in the same commit, and the closing
    // dialog hands focus back to its (now gone) opener.
    const frame = requestAnimationFrame(() => {
      ref.current?.focus();
      onFocused();
    });
    return () => cancelAnimationFrame(frame);
  }, [takeFocus, onFocused]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Never with a modifier (browser shortcuts); the letters work on the card and on its buttons, Enter only on the card (a button's Enter is its own).
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onCard = event.target === event.currentTarget;
    if (event.key === 'Enter' && onCard) {
      event.preventDefault();
      void navigate(`/deliveries/${d.id}`);
      return;
    }
    const move = moveForKey(event.key);
    if (!move || busy) return;
    event.preventDefault();
    onMove(move, d);
  };

  return (
    <article
      ref={ref}
      className={`delivery-card${d.overdue ? ' delivery-card--overdue' : ''}`}
      tabIndex={0}
      aria-label={title}
      aria-describedby={hintId}
      aria-busy={busy}
      onKeyDown={onKeyDown}
    >
      <h3 className="delivery-card__title">
        <Link to={`/deliveries/${d.id}`} tabIndex={-1}>
          {d.influencerName}
        </Link>
      </h3>
      <p className="delivery-card__meta">
        <span>@{d.influencerUsername}</span>
        <span>{describeDelivery(d)}</span>
      </p>
      <p className="delivery-card__meta">
        <span>{d.dueDate ? `Due ${formatDate(d.dueDate)}` : 'No due date'}</span>
        {d.overdue && <Badge tone="danger">Overdue</Badge>}
        <BriefBadge check={d.briefCheck} />
      </p>
      {d.status === 'rejected' && d.rejectionReason && <p className="delivery-card__reason">“{d.rejectionReason}”</p>}
      {movesFrom(d.status).length > 0 && (
        <div className="delivery-card__actions">
          {movesFrom(d.status).map((move) => (
            <button
              key={move}
              type="button"
              className={move === 'reject' ? 'btn btn--secondary btn--small btn--danger-text' : 'btn btn--secondary btn--small'}
              aria-label={`${MOVES[move].label}: ${title}`}
              aria-keyshortcuts={MOVES[move].key.toUpperCase()}
              disabled={busy}
              onClick={() => onMove(move, d)}
            >
              {MOVES[move].label}
            </button>
          ))}
        </div>
      )}
    </article>
  );
}
