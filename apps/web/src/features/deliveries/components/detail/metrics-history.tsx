import type { DeliveryMetricChangeDto } from '@parley/shared-types';
import { formatDateTime, formatInteger } from '@/lib/format';
import { METRIC_LABELS, SOURCE_LABELS } from '../../labels';

const figure = (value: number | null) => (value == null ? '—' : formatInteger(value));

/** Every change of a figure: which, from what to what, by whom, when, typed or imported; newest first. */
export function MetricsHistory({ history }: { history: DeliveryMetricChangeDto[] }) {
  if (!history.length) return <p className="muted small">No figures have changed yet.</p>;
  const rows = [...history].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    // Focusable so keyboard users can scroll it sideways in a narrow column.
    <div className="table-wrap" tabIndex={0} role="region" aria-label="History of the figures (scrolls sideways when narrow)">
      <table className="table table--compact">
        <caption>History of the figures</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">
              Change
            </th>
            <th scope="col">Who</th>
            <th scope="col">When</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h, i) => (
            <tr key={`${h.changedAt}-${h.field}-${i}`}>
              <th scope="row">{METRIC_LABELS[h.field] ?? h.field}</th>
              <td className="num">
                {figure(h.oldValue)} → {figure(h.newValue)}
              </td>
              <td>{h.changedBy ?? '—'}</td>
              <td>
                <time dateTime={h.changedAt}>{formatDateTime(h.changedAt)}</time>
              </td>
              <td>{SOURCE_LABELS[h.source]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
