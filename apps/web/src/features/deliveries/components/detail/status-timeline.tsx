import type { DeliveryDto } from '@parley/shared-types';
import { formatDate, formatDateTime } from '@/lib/format';

interface Step {
  key: string;
  at: string | null;
  time: string;
  label: string;
  detail?: string;
}

/** Where the delivery has been: due, submitted, approved, published (or rejected, cancelled). */
function stepsOf(d: DeliveryDto): Step[] {
  const steps: (Step | null)[] = [
    d.submittedAt ? { key: 'submitted', at: d.submittedAt, time: formatDateTime(d.submittedAt), label: 'Submitted for review' } : null,
    d.status === 'rejected' || (d.rejectionReason && d.status === 'submitted')
      ? {
          key: 'rejected',
          at: null,
          time: '—',
          label: d.status === 'rejected' ? 'Rejected' : 'Rejected before, submitted again',
          detail: d.rejectionReason ? `Reason: ${d.rejectionReason}` : undefined,
        }
      : null,
    d.approvedAt ? { key: 'approved', at: d.approvedAt, time: formatDateTime(d.approvedAt), label: 'Approved' } : null,
    d.publishedAt
      ? {
          key: 'published',
          at: d.publishedAt,
          time: formatDateTime(d.publishedAt),
          label: 'Published',
          detail: d.postDate ? `Post date ${formatDate(d.postDate)}` : undefined,
        }
      : null,
    d.cancelledAt ? { key: 'cancelled', at: d.cancelledAt, time: formatDateTime(d.cancelledAt), label: 'Cancelled with its contract' } : null,
  ];
  return steps.filter((s): s is Step => s !== null);
}

export function StatusTimeline({ delivery: d }: { delivery: DeliveryDto }) {
  const steps = stepsOf(d);
  return (
    <ol className="timeline" aria-label="Status timeline">
      <li className="timeline__item timeline__item--planned">
        <span className="timeline__time">{d.dueDate ? formatDate(d.dueDate) : '—'}</span>
        <span className="timeline__what">
          <span className="timeline__label">{d.dueDate ? 'Due' : 'No due date'}</span>
        </span>
        {d.overdue && <span className="timeline__detail">Overdue: past its due date and not published.</span>}
      </li>
      {steps.map((step) => (
        <li key={step.key} className="timeline__item">
          {step.at ? (
            <time className="timeline__time" dateTime={step.at}>
              {step.time}
            </time>
          ) : (
            <span className="timeline__time">{step.time}</span>
          )}
          <span className="timeline__what">
            <span className="timeline__label">{step.label}</span>
          </span>
          {step.detail && <span className="timeline__detail">{step.detail}</span>}
        </li>
      ))}
      {steps.length === 0 && (
        <li className="timeline__item">
          <span className="timeline__time">Now</span>
          <span className="timeline__what">
            <span className="timeline__label">Waiting for the creator’s draft</span>
          </span>
        </li>
      )}
    </ol>
  );
}
