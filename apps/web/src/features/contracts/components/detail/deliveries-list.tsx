import { Link } from 'react-router-dom';
import { Badge } from '@/components/ui/badge';
import { DeliveryLinkButton } from '@/features/deliveries/components/delivery-link-button';
import { PLATFORM_LABELS } from '@/features/influencers/components/labels';
import { formatDate } from '@/lib/format';
import { useContract } from '../../api/get-contract';
import { useDeliveries } from '../../api/get-deliveries';
import { DeliveryStatusBadge } from '../status-badge';

/**
 * The pieces of content the signed contract promises, one row each, each leading to its delivery;
 * the creator's delivery link while the contract runs. Nothing while there are none.
 */
export function DeliveriesList({ contractId, enabled }: { contractId: string; enabled: boolean }) {
  const deliveries = useDeliveries(contractId, enabled);
  // The page's own contract query (cached): the link is for a signed contract (signed, active or completed).
  const status = useContract(contractId).data?.status;
  const rows = deliveries.data?.deliveries ?? [];
  // Shown only once there is something to show: a failure here is not worth a broken-looking page.
  if (!rows.length) return null;
  return (
    <section className="card stack" aria-labelledby="deliveries-title">
      <div className="section-header">
        <h2 id="deliveries-title" className="section-title">
          Deliveries
        </h2>
        <Link className="btn btn--ghost btn--small" to={`/campaigns/${rows[0].campaignId}/deliveries`}>
          Deliveries board
        </Link>
      </div>
      {(status === 'signed' || status === 'active' || status === 'completed') && <DeliveryLinkButton contractId={contractId} />}
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">Deliveries</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Platform</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <th scope="row" className="capitalize">
                  <Link to={`/deliveries/${d.id}`} aria-label={`${d.type}, due ${formatDate(d.dueDate)}: open the delivery`}>
                    {d.type}
                  </Link>
                </th>
                <td>{PLATFORM_LABELS[d.platform] ?? d.platform}</td>
                <td>
                  {formatDate(d.dueDate)} {d.overdue && <Badge tone="danger">Overdue</Badge>}
                </td>
                <td>
                  <DeliveryStatusBadge status={d.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
