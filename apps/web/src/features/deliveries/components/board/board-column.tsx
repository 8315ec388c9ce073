import type { DeliveryDto, DeliveryStatus } from '@parley/shared-types';
import { useId } from 'react';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { formatInteger } from '@/lib/format';
import { useBoardColumn } from '../../api/get-campaign-deliveries';
import { DELIVERY_STATUS_LABELS, type DeliveryMove } from '../../labels';
import { DeliveryCard } from './delivery-card';

interface Props {
  campaignId: string;
  status: DeliveryStatus;
  hintId: string;
  pendingId: string | null;
  /** The card to focus once it shows up in this column, after a move by keyboard. */
  focusId: string | null;
  onFocused: () => void;
  onMove: (move: DeliveryMove, delivery: DeliveryDto) => void;
}

/** One status of the board: its count, its cards soonest due first, and more on demand. */
export function BoardColumn({ campaignId, status, hintId, pendingId, focusId, onFocused, onMove }: Props) {
  const column = useBoardColumn(campaignId, status);
  const titleId = useId();
  const cards = column.data?.pages.flatMap((page) => page.deliveries) ?? [];
  const total = column.data?.pages[0]?.pagination.total;

  return (
    <section className={`board-column board-column--${status}`} aria-labelledby={titleId} aria-busy={column.isFetching}>
      <h2 id={titleId} className="board-column__title">
        {DELIVERY_STATUS_LABELS[status]} <span className="board-column__count">{total === undefined ? '' : formatInteger(total)}</span>
      </h2>
      {column.isPending ? (
        <RowsSkeleton label={`Loading ${DELIVERY_STATUS_LABELS[status].toLowerCase()} deliveries`} rows={2} />
      ) : column.isError ? (
        <ErrorState title="Could not load" error={column.error} onRetry={() => void column.refetch()} />
      ) : cards.length === 0 ? (
        <p className="board-column__empty muted small">None</p>
      ) : (
        <ul className="board-column__cards">
          {cards.map((d) => (
            <li key={d.id}>
              <DeliveryCard delivery={d} hintId={hintId} busy={pendingId === d.id} takeFocus={focusId === d.id} onFocused={onFocused} onMove={onMove} />
            </li>
          ))}
        </ul>
      )}
      {column.hasNextPage && (
        <button type="button" className="btn btn--ghost btn--small" disabled={column.isFetchingNextPage} onClick={() => void column.fetchNextPage()}>
          {column.isFetchingNextPage ? 'Loading…' : `Show more ${DELIVERY_STATUS_LABELS[status].toLowerCase()}`}
        </button>
      )}
    </section>
  );
}
