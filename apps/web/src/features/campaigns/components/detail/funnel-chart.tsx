import type { CampaignStats } from '@parley/shared-types';
import { formatInteger } from '@/lib/format';

const STAGES = [
  { key: 'outreachSent', label: 'Sent' },
  { key: 'opened', label: 'Opened' },
  { key: 'replied', label: 'Replied' },
  { key: 'interested', label: 'Interested' },
] as const;

/** Sent → opened → replied → interested as horizontal bars scaled to the sent count. */
export function FunnelChart({ stats }: { stats: CampaignStats }) {
  const widest = Math.max(1, ...STAGES.map((stage) => stats[stage.key]));
  return (
    <section className="card stack" aria-labelledby="funnel-title">
      <h2 id="funnel-title" className="section-title">
        Outreach funnel
      </h2>
      {stats.outreachSent === 0 && <p className="muted small">Nothing sent yet: the bars fill as outreach goes out.</p>}
      <ol className="funnel">
        {STAGES.map(({ key, label }) => (
          <li key={key} className="funnel__row">
            <span className="funnel__label">{label}</span>
            <span className="funnel__track" aria-hidden="true">
              <span className="funnel__bar" style={{ width: `${(stats[key] / widest) * 100}%` }} />
            </span>
            <span className="funnel__value">{formatInteger(stats[key])}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
