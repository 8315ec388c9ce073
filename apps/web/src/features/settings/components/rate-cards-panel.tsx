import { PLATFORMS, RATE_DELIVERABLE_TYPES, TIERS, type Platform, type RateCardDto, type Tier } from '@parley/shared-types';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge, TierBadge } from '@/components/ui/badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { StatusMessage } from '@/components/ui/status-message';
import { PLATFORM_LABELS, tierRange } from '@/features/influencers/components/labels';
import { errorMessage } from '@/lib/api-client';
import { formatInteger, formatMoneyRange, formatMoneyShort } from '@/lib/format';
import { useRateCards } from '../api/get-rate-cards';
import { useResetRateCards } from '../api/reset-rate-cards';
import { RateCardForm } from './rate-card-form';

/** A tier's row of the card on one platform, in the order of RATE_DELIVERABLE_TYPES. */
const tierRow = (cards: RateCardDto[], tier: Tier) =>
  cards.filter((c) => c.tier === tier).sort((a, b) => RATE_DELIVERABLE_TYPES.indexOf(a.deliverableType) - RATE_DELIVERABLE_TYPES.indexOf(b.deliverableType));

export function RateCardsPanel() {
  const query = useRateCards();
  const reset = useResetRateCards();
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [editing, setEditing] = useState<Tier | null>(null);
  const [confirming, setConfirming] = useState(false);
  // What the last save or reset did, until the next one or another platform.
  const [status, setStatus] = useState('');
  const custom = query.data?.rateCards.filter((c) => c.custom).length ?? 0;
  const cards = query.data?.rateCards.filter((c) => c.platform === platform) ?? [];

  const choosePlatform = (next: Platform) => {
    setPlatform(next);
    setStatus('');
  };

  const onSaved = (tier: Tier, changed: number) => {
    setEditing(null);
    setStatus(
      changed === 0
        ? `Nothing changed in the ${PLATFORM_LABELS[platform]} ${tier} rates.`
        : `Saved the ${PLATFORM_LABELS[platform]} ${tier} rates (${formatInteger(changed)} ${changed === 1 ? 'format' : 'formats'}).`,
    );
  };

  const confirmReset = () =>
    reset.mutate(undefined, {
      onSuccess: () => setStatus('Back to Parley’s default rates.'),
      // Closed either way: a failure shows in the panel, where the dialog would hide it.
      onSettled: () => setConfirming(false),
    });

  return (
    <section id="rate-cards" className="card stack" aria-labelledby="rate-cards-title">
      <div>
        <h2 id="rate-cards-title" className="section-title">
          Rate cards
        </h2>
        <p className="muted small">
          What one sponsored piece costs, per platform, creator tier and format. Suggested rates for creators start here and are adjusted for their engagement.
          Parley’s defaults apply until you set your own.
        </p>
      </div>
      <div className="section-header">
        {/* Toggle buttons rather than ARIA tabs: each choice shows the same table for another platform. */}
        <div className="segmented" role="group" aria-label="Platform">
          {PLATFORMS.map((p) => (
            <button key={p} type="button" className="segmented__button" aria-pressed={platform === p} onClick={() => choosePlatform(p)}>
              {PLATFORM_LABELS[p]}
            </button>
          ))}
        </div>
        {custom > 0 && (
          <button type="button" className="btn btn--secondary" onClick={() => setConfirming(true)}>
            Reset to defaults
          </button>
        )}
      </div>
      {reset.isError && <Alert>{errorMessage(reset.error)}</Alert>}
      <StatusMessage>{status}</StatusMessage>
      {query.isPending ? (
        <RowsSkeleton label="Loading rate cards" rows={4} />
      ) : query.isError ? (
        <ErrorState title="Could not load rate cards" error={query.error} onRetry={() => void query.refetch()} />
      ) : !cards.length ? (
        <EmptyState level={3} title={`No ${PLATFORM_LABELS[platform]} rate cards`}>
          Rates for this platform show here once the server offers them.
        </EmptyState>
      ) : (
        <>
          <RateTable platform={platform} cards={cards} onEdit={setEditing} />
          <p className="muted small">
            Each cell: the typical rate, then the range from min to max. <strong>Custom</strong> marks your own figures; the others are Parley’s defaults.
          </p>
        </>
      )}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={`Edit ${PLATFORM_LABELS[platform]} ${editing ?? ''} rates`} wide>
        {/* Keyed so opening another tier or platform starts from its figures. */}
        {editing && (
          <RateCardForm
            key={`${platform}|${editing}`}
            platform={platform}
            tier={editing}
            cards={tierRow(cards, editing)}
            onSaved={(changed) => onSaved(editing, changed)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={confirming}
        title="Reset rate cards to the defaults?"
        confirmLabel="Reset to defaults"
        danger
        busy={reset.isPending}
        onConfirm={confirmReset}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Your own figures ({formatInteger(custom)} {custom === 1 ? 'rate' : 'rates'}, across every platform) are replaced by Parley’s defaults, and suggested
          rates are priced from those. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function RateTable({ platform, cards, onEdit }: { platform: Platform; cards: RateCardDto[]; onEdit: (tier: Tier) => void }) {
  const byKey = new Map(cards.map((c) => [`${c.tier}|${c.deliverableType}`, c]));
  const tiers = TIERS.filter((tier) => cards.some((c) => c.tier === tier));
  return (
    <div className="table-wrap">
      <table className="table table--compact rate-table">
        <caption className="visually-hidden">{PLATFORM_LABELS[platform]} rate cards: the typical rate and range of one piece, per tier and format</caption>
        <thead>
          <tr>
            <th scope="col">
              Tier <span className="rate-table__unit">(followers)</span>
            </th>
            {RATE_DELIVERABLE_TYPES.map((type) => (
              <th key={type} scope="col" className="num">
                {type}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier) => (
            <tr key={tier}>
              <th scope="row">
                <TierBadge tier={tier} />
                <span className="cell-sub small rate-table__followers">
                  {tierRange(tier)}
                  <span className="visually-hidden"> followers</span>
                </span>
              </th>
              {RATE_DELIVERABLE_TYPES.map((type) => {
                const card = byKey.get(`${tier}|${type}`);
                return (
                  <td key={type} className="num">
                    {card ? <RateCell card={card} /> : <span className="muted">—</span>}
                  </td>
                );
              })}
              <td className="actions">
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  onClick={() => onEdit(tier)}
                  aria-label={`Edit ${tier} rates (${PLATFORM_LABELS[platform]})`}
                >
                  Edit
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RateCell({ card }: { card: RateCardDto }) {
  return (
    <>
      <span className="cell-title">
        {formatMoneyShort(card.typical)}
        <span className="visually-hidden"> typical,</span>
      </span>
      <span className="cell-sub">
        <span className="visually-hidden">from </span>
        {formatMoneyRange(card.min, card.max)}
      </span>
      {card.custom ? <Badge tone="accent">Custom</Badge> : <span className="rate-cell__default">Default</span>}
    </>
  );
}
