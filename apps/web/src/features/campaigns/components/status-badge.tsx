import type { CampaignStatus } from '@parley/shared-types';
import { Badge } from '@/components/ui/badge';
import { STATUS_LABELS, STATUS_TONES } from './labels';

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
