import type { ContractDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { COMPENSATION_TYPE_LABELS } from '@/features/outreach/components/labels';
import { formatDate } from '@/lib/format';
import { formatCompensation, formatPeriod, influencerLabel } from './labels';
import { ContractStatusBadge } from './status-badge';

/** What the "Updated" column says: the latest thing that happened. */
function lastStep(c: ContractDto): string {
  if (c.cancelledAt) return `Cancelled ${formatDate(c.cancelledAt)}`;
  if (c.completedAt) return `Completed ${formatDate(c.completedAt)}`;
  if (c.signedAt) return `Signed ${formatDate(c.signedAt)}`;
  if (c.sentAt) return `Sent ${formatDate(c.sentAt)}`;
  return `Created ${formatDate(c.createdAt)}`;
}

/** One row per contract; the creator opens it. */
export function ContractsTable({ contracts }: { contracts: ContractDto[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Contracts</caption>
        <thead>
          <tr>
            <th scope="col">Influencer</th>
            <th scope="col">Campaign</th>
            <th scope="col" className="num">
              Compensation
            </th>
            <th scope="col">Status</th>
            <th scope="col">Period</th>
            <th scope="col">Last step</th>
          </tr>
        </thead>
        <tbody>
          {contracts.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link className="cell-title" to={`/contracts/${c.id}`} aria-label={`Contract with ${influencerLabel(c)}`}>
                  {c.influencerName}
                </Link>
                {c.influencerUsername && <span className="cell-sub">@{c.influencerUsername}</span>}
              </th>
              <td>
                <Link to={`/campaigns/${c.campaignId}`}>{c.campaignName}</Link>
              </td>
              <td className="num">
                <span className="cell-title">{formatCompensation(c.compensation, c.currency)}</span>
                <span className="cell-sub">{COMPENSATION_TYPE_LABELS[c.compensationType]}</span>
              </td>
              <td>
                <ContractStatusBadge status={c.status} />
              </td>
              <td>{formatPeriod(c.startDate, c.endDate)}</td>
              <td className="small">{lastStep(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
