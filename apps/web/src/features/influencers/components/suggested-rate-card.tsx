import { RATE_DELIVERABLE_TYPES, type InfluencerDto, type Platform, type SuggestedRateDto, type SuggestedRateItemDto } from '@parley/shared-types';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TierBadge } from '@/components/ui/badge';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { StatTile, StatTiles } from '@/components/ui/stat-tile';
import { ErrorState } from '@/components/ui/states';
import { Term } from '@/components/ui/term';
import { DeliverableRows, type DeliverableRow } from '@/features/campaigns/components/deliverable-rows';
import { errorMessage } from '@/lib/api-client';
import { formatInteger, formatMoney, formatPercent } from '@/lib/format';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useSuggestedRate, type RatedDeliverable } from '../api/get-suggested-rate';
import { PLATFORM_LABELS } from './labels';

/** The API's limit on one deliverable's quantity. */
const MAX_QUANTITY = 100;

let nextRowKey = 0;

const isQuantity = (value: string) => /^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= MAX_QUANTITY;

const toDeliverables = (rows: DeliverableRow[]): RatedDeliverable[] =>
  rows.map(({ type, platform, quantity }) => ({ type, platform, quantity: Number(quantity) }));

/**
 * The rows the API priced when asked for its default (one piece of the creator's main format), so
 * the form starts from what the figures describe. Keys below zero never meet those of added rows.
 */
const defaultRows = (rate: SuggestedRateDto): DeliverableRow[] =>
  rate.items.map((item, i) => ({ key: -1 - i, type: item.pricedAs, platform: item.platform, quantity: String(item.quantity) }));

/**
 * What a creator should cost: pick deliverables (type, platform, quantity) and the low, typical and
 * high figures follow, repriced as the choice changes, with the sentence saying how they were worked
 * out. Priced from the saved profile (tier and engagement) and the store's rate cards.
 */
export function SuggestedRateCard({ influencer }: { influencer: InfluencerDto }) {
  const titleId = useId();
  // null until the first change: the API's default, and the form shows what it priced.
  const [rows, setRows] = useState<DeliverableRow[] | null>(null);
  const [applied, setApplied] = useState<RatedDeliverable[] | null>(null);
  // A quantity being typed is priced once it stops changing, not per keystroke.
  const deliverables = useDebouncedValue(applied);
  const query = useSuggestedRate(influencer.id, deliverables);
  const current = rows ?? (query.data ? defaultRows(query.data) : null);
  const updating = applied !== deliverables || query.isPlaceholderData;

  // Only a choice the API takes is priced; while a quantity is invalid the last figures stay.
  const change = (next: DeliverableRow[]) => {
    setRows(next);
    if (next.every((row) => isQuantity(row.quantity))) setApplied(toDeliverables(next));
  };

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <div>
        <h3 id={titleId} className="section-title">
          Suggested rate
        </h3>
        <p className="muted small">
          What @{influencer.username} should cost for these deliverables: your rate card for {influencer.tier} creators, adjusted for their{' '}
          {formatPercent(influencer.engagementRate)} engagement. Priced from the saved profile.
        </p>
      </div>
      {current ? (
        <>
          <DeliverablesForm rows={current} fallbackPlatform={influencer.platform} onChange={change} />
          {query.isError ? (
            <Alert>
              <p>Could not price these deliverables. {errorMessage(query.error)}</p>
              <button type="button" className="btn btn--secondary btn--small" onClick={() => void query.refetch()}>
                Try again
              </button>
            </Alert>
          ) : query.data ? (
            <SuggestedFigures rate={query.data} updating={updating} stated={influencer.typicalRate} />
          ) : (
            <RowsSkeleton label="Pricing the deliverables" rows={2} />
          )}
        </>
      ) : query.isError ? (
        <ErrorState title="Could not load the suggested rate" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <RowsSkeleton label="Loading the suggested rate" rows={3} />
      )}
    </section>
  );
}

function DeliverablesForm({
  rows,
  fallbackPlatform,
  onChange,
}: {
  rows: DeliverableRow[];
  fallbackPlatform: Platform;
  onChange: (rows: DeliverableRow[]) => void;
}) {
  return (
    // Nothing to submit: every change reprices at once.
    <form className="stack stack--sm" aria-label="Deliverables to price" onSubmit={(event) => event.preventDefault()}>
      <DeliverableRows
        rows={rows}
        onChange={onChange}
        newRow={(last) => ({ key: nextRowKey++, type: last?.type ?? 'post', platform: last?.platform ?? fallbackPlatform, quantity: '1' })}
        types={RATE_DELIVERABLE_TYPES}
        maxQuantity={MAX_QUANTITY}
        errorFor={(i, field) => (field === 'quantity' && !isQuantity(rows[i].quantity) ? `Enter a whole number from 1 to ${MAX_QUANTITY}.` : undefined)}
        // Not "Type" and "Platform": the edit form above has its own Platform, and each label must name one control.
        labels={{ type: 'Format', platform: 'Posted on' }}
        keepOne
        small
      />
    </form>
  );
}

function SuggestedFigures({ rate, updating, stated }: { rate: SuggestedRateDto; updating: boolean; stated: string | null }) {
  const summary = `Suggested ${formatMoney(rate.typical)} typical, from ${formatMoney(rate.low)} to ${formatMoney(rate.high)}.`;
  return (
    <div className="stack" aria-busy={updating}>
      <StatTiles label="Suggested rate figures">
        <StatTile label="Low" value={formatMoney(rate.low)} />
        <StatTile label="Typical" value={formatMoney(rate.typical)} />
        <StatTile label="High" value={formatMoney(rate.high)} />
      </StatTiles>
      {updating && <p className="muted small">Updating…</p>}
      <dl className="terms">
        <Term label="Tier">
          <TierBadge tier={rate.tier} />
        </Term>
        <Term label="Engagement">×{rate.engagementFactor}</Term>
        <Term label="How it was worked out">{rate.basis}</Term>
        {stated !== null && <Term label="Their own rate">{formatMoney(stated)} per deliverable, as saved on the profile</Term>}
      </dl>
      {rate.items.length > 1 && <ItemsTable items={rate.items} />}
      <p className="visually-hidden" role="status">
        {updating ? '' : summary}
      </p>
    </div>
  );
}

function ItemsTable({ items }: { items: SuggestedRateItemDto[] }) {
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">Suggested rate per deliverable</caption>
        <thead>
          <tr>
            <th scope="col">Deliverable</th>
            <th scope="col" className="num">
              Low
            </th>
            <th scope="col" className="num">
              Typical
            </th>
            <th scope="col" className="num">
              High
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              <th scope="row">
                {formatInteger(item.quantity)} × {PLATFORM_LABELS[item.platform]} {item.type}
                {item.pricedAs !== item.type && <span className="cell-sub">priced as a {item.pricedAs}</span>}
              </th>
              <td className="num">{formatMoney(item.low)}</td>
              <td className="num">{formatMoney(item.typical)}</td>
              <td className="num">{formatMoney(item.high)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
