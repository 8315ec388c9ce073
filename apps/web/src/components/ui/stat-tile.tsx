import type { ReactNode } from 'react';

/** One headline figure. Values arrive formatted; this only lays them out. */
export function StatTile({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <div className="card stat-tile">
      <dt className="stat-tile__label">{label}</dt>
      <dd className="stat-tile__value">{value}</dd>
      {hint && <dd className="stat-tile__hint">{hint}</dd>}
    </div>
  );
}

export function StatTiles({ label, children }: { label: string; children: ReactNode }) {
  return (
    <dl className="stat-tiles" aria-label={label}>
      {children}
    </dl>
  );
}
