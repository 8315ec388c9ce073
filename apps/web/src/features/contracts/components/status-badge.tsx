import type { ContractStatus, DeliveryStatus } from '@parley/shared-types';
import { Badge } from '@/components/ui/badge';
import { CONTRACT_STATUS_LABELS, CONTRACT_STATUS_TONES, DELIVERY_STATUS_LABELS, DELIVERY_STATUS_TONES } from './labels';

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  return <Badge tone={CONTRACT_STATUS_TONES[status]}>{CONTRACT_STATUS_LABELS[status]}</Badge>;
}

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <Badge tone={DELIVERY_STATUS_TONES[status]}>{DELIVERY_STATUS_LABELS[status]}</Badge>;
}
