import { useParams } from 'react-router-dom';
import { DeliveriesBoard } from '@/features/deliveries/components/board/deliveries-board';
import { CreatorDeliveriesPage } from '@/features/deliveries/components/creator/creator-page';
import { DeliveryDetail } from '@/features/deliveries/components/detail/delivery-detail';

/** /campaigns/:id/deliveries: the campaign's deliveries board. */
export function DeliveriesBoardRoute() {
  const { id = '' } = useParams();
  // Keyed by id so moving between campaigns starts from fresh local state (a dialog, the cancelled toggle).
  return <DeliveriesBoard key={id} campaignId={id} />;
}

export function DeliveryDetailRoute() {
  const { id = '' } = useParams();
  return <DeliveryDetail key={id} id={id} />;
}

/** The creator's delivery page: public, outside the signed-in layout. */
export function CreatorDeliveriesRoute() {
  const { token = '' } = useParams();
  return <CreatorDeliveriesPage key={token} token={token} />;
}
