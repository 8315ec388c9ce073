import type { ContractDto } from '@parley/shared-types';
import { formatDateTime } from '@/lib/format';

interface Step {
  key: string;
  at: string;
  label: string;
  detail?: string;
}

/** What happened to the contract, oldest first: created, sent, signed, completed or cancelled. */
function stepsOf(c: ContractDto): Step[] {
  const steps: (Step | null)[] = [
    { key: 'created', at: c.createdAt, label: 'Created as a draft' },
    c.sentAt
      ? {
          key: 'sent',
          at: c.sentAt,
          label: 'Sent for signature',
          detail: [
            c.influencerEmail && `To ${c.influencerEmail}.`,
            c.status === 'sent' && c.signingExpiresAt && `The link works until ${formatDateTime(c.signingExpiresAt)}.`,
          ]
            .filter(Boolean)
            .join(' '),
        }
      : null,
    c.signedAt ? { key: 'signed', at: c.signedAt, label: c.audit ? `Signed by ${c.audit.signerName}` : 'Signed' } : null,
    c.completedAt ? { key: 'completed', at: c.completedAt, label: 'Completed' } : null,
    c.cancelledAt
      ? {
          key: 'cancelled',
          at: c.cancelledAt,
          label: 'Cancelled',
          detail: 'The signing link stopped working and the amount went back to the campaign’s budget.',
        }
      : null,
  ];
  return steps.filter((s): s is Step => s !== null).sort((a, b) => a.at.localeCompare(b.at));
}

export function ContractTimeline({ contract }: { contract: ContractDto }) {
  return (
    <section className="card stack" aria-labelledby="contract-timeline-title">
      <h2 id="contract-timeline-title" className="section-title">
        Timeline
      </h2>
      <ol className="timeline" aria-label="Contract timeline">
        {stepsOf(contract).map((step) => (
          <li key={step.key} className="timeline__item">
            <time className="timeline__time" dateTime={step.at}>
              {formatDateTime(step.at)}
            </time>
            <span className="timeline__what">
              <span className="timeline__label">{step.label}</span>
            </span>
            {step.detail && <span className="timeline__detail">{step.detail}</span>}
          </li>
        ))}
        {contract.status === 'active' && (
          <li className="timeline__item">
            <span className="timeline__time">Now</span>
            <span className="timeline__what">
              <span className="timeline__label">Active: the content is being delivered</span>
            </span>
          </li>
        )}
      </ol>
    </section>
  );
}
