import type { DeliveryDetailDto } from '@parley/shared-types';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useUpdateDelivery } from '../../api/update-delivery';
import { SEVERITY_LABELS, SEVERITY_TONES } from '../../labels';

/**
 * The caption checked against the brief (on the last submit or publish): the disclosure, each
 * must-include and must-avoid item, and the platform's own label as the team saw it. An aid, not legal advice.
 */
export function BriefCheckPanel({ delivery: d }: { delivery: DeliveryDetailDto }) {
  const check = d.briefCheck;
  return (
    <section className="card stack" aria-labelledby="brief-check-title">
      <h2 id="brief-check-title" className="section-title">
        Brief check
      </h2>
      <p className="notice" role="note">
        This check is an aid, not legal advice. Read the post yourself before approving it.
      </p>
      {check ? (
        <>
          <p className="small">
            Checked on {check.at === 'publish' ? 'publishing' : 'submission'}, {formatDateTime(check.checkedAt)}:{' '}
            {check.disclosure.present ? (
              <>disclosure found{check.disclosure.how ? ` (${check.disclosure.how})` : ''}.</>
            ) : (
              <>no advertising disclosure found.</>
            )}
          </p>
          {check.findings.length > 0 ? (
            <ul className="findings" aria-label="Findings">
              {check.findings.map((f, i) => (
                <li key={`${f.kind}-${f.item ?? ''}-${i}`} className={`finding finding--${f.severity}`}>
                  <Badge tone={SEVERITY_TONES[f.severity]}>{SEVERITY_LABELS[f.severity]}</Badge>
                  <span>
                    {f.item && <strong className="finding__item">{f.item}</strong>} {f.detail}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">No findings.</p>
          )}
          {check.caption && (
            <details className="small">
              <summary>The caption as checked</summary>
              <p className="delivery-caption">{check.caption}</p>
            </details>
          )}
        </>
      ) : (
        <p className="muted small">The caption is checked against the brief when the delivery is submitted, and again when it is published.</p>
      )}
      <PlatformLabel delivery={d} />
    </section>
  );
}

/** The team saw the platform's paid-partnership label on the post: it counts as a disclosure. */
function PlatformLabel({ delivery: d }: { delivery: DeliveryDetailDto }) {
  const update = useUpdateDelivery(d.id, d.campaignId);
  const hintId = useId();
  // Set in the click's own render, so the box never flicks back while the change is saved and the delivery refetched.
  const [ticked, setTicked] = useState<boolean | null>(null);
  return (
    <div className="stack stack--sm">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={ticked ?? d.platformLabel}
          disabled={update.isPending || d.status === 'cancelled'}
          aria-describedby={hintId}
          onChange={(e) => {
            setTicked(e.target.checked);
            update.mutate({ platformLabel: e.target.checked }, { onSettled: () => setTicked(null) });
          }}
        />
        The platform’s paid-partnership label is on the post
      </label>
      <p id={hintId} className="field__hint">
        Tick it once you have seen the label on the live post: it counts as a disclosure.
      </p>
      {update.isError && <Alert title="Could not save">{errorMessage(update.error)}</Alert>}
    </div>
  );
}
