import { SKIP_REASONS, type BulkSendResultDto } from '@parley/shared-types';
import { formatInteger } from '@/lib/format';
import { SKIP_REASON_LABELS } from '../labels';

/** Names listed per reason; the rest are counted. */
const SHOWN = 50;

interface Props {
  skipped: BulkSendResultDto['skipped'];
  /** Creator labels by influencer id, for those the form knew. */
  names: ReadonlyMap<string, string>;
}

/** Who a bulk send left out, grouped by why, each group folded open on demand. */
export function SkippedList({ skipped, names }: Props) {
  const groups = SKIP_REASONS.map((reason) => ({ reason, ids: skipped.filter((s) => s.reason === reason).map((s) => s.influencerId) })).filter(
    (g) => g.ids.length > 0,
  );
  if (!groups.length) return null;
  return (
    <div className="stack stack--sm">
      <h4 className="preview__heading">Skipped</h4>
      <ul className="skipped">
        {groups.map(({ reason, ids }) => (
          <li key={reason}>
            <details>
              <summary>
                {SKIP_REASON_LABELS[reason].label}: {formatInteger(ids.length)}
              </summary>
              <p className="muted small">{SKIP_REASON_LABELS[reason].description}</p>
              <ul className="chips">
                {ids.slice(0, SHOWN).map((id, i) => (
                  <li key={`${id}-${i}`} className="chip">
                    {names.get(id) ?? 'A creator no longer in this list'}
                  </li>
                ))}
              </ul>
              {ids.length > SHOWN && <p className="muted small">and {formatInteger(ids.length - SHOWN)} more</p>}
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
