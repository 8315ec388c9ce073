import { PLATFORM_LABELS } from '@/features/influencers/components/labels';
import { formatDate } from '@/lib/format';
import { useDeliveries } from '../../api/get-deliveries';
import { DeliveryStatusBadge } from '../status-badge';

/** The pieces of content the signed contract promises, one row each; nothing while there are none. */
export function DeliveriesList({ contractId, enabled }: { contractId: string; enabled: boolean }) {
  const deliveries = useDeliveries(contractId, enabled);
  const rows = deliveries.data?.deliveries ?? [];
  // Shown only once there is something to show: a failure here is not worth a broken-looking page.
  if (!rows.length) return null;
  return (
    <section className="card stack" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title" className="section-title">
        Deliveries
      </h2>
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
                  {d.type}
                </th>
                <td>{PLATFORM_LABELS[d.platform] ?? d.platform}</td>
                <td>{formatDate(d.dueDate)}</td>
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
