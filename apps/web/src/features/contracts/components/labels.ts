import {
  CONTRACT_STATUSES,
  USAGE_RIGHTS,
  type ContractDeliverableDto,
  type ContractStatus,
  type DeliveryStatus,
  type Money,
  type UsageRights,
} from '@parley/shared-types';
import type { BadgeTone } from '@/components/ui/badge';
import { PLATFORM_LABELS } from '@/features/influencers/components/labels';
import { formatDate, formatMoney } from '@/lib/format';

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  signed: 'Signed',
  active: 'Active',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const CONTRACT_STATUS_TONES: Record<ContractStatus, BadgeTone> = {
  draft: 'neutral',
  sent: 'info',
  signed: 'success',
  active: 'accent',
  completed: 'success',
  cancelled: 'danger',
};

export const isContractStatus = (value: string): value is ContractStatus => (CONTRACT_STATUSES as readonly string[]).includes(value);

export const USAGE_RIGHTS_LABELS: Record<UsageRights, { label: string; description: string }> = {
  perpetual: { label: 'Perpetual', description: 'The brand may reuse the content without a time limit.' },
  limited: { label: 'Limited', description: 'The brand may reuse the content for the contract period.' },
  none: { label: 'None', description: 'The content stays on the creator’s channels only.' },
};

export const isUsageRights = (value: string): value is UsageRights => (USAGE_RIGHTS as readonly string[]).includes(value);

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  submitted: 'Submitted',
  approved: 'Approved',
  rejected: 'Rejected',
  published: 'Published',
  cancelled: 'Cancelled',
};

export const DELIVERY_STATUS_TONES: Record<DeliveryStatus, BadgeTone> = {
  pending: 'neutral',
  submitted: 'info',
  approved: 'success',
  rejected: 'danger',
  published: 'accent',
  cancelled: 'neutral',
};

/** "750.00 USD". */
export const formatCompensation = (amount: Money, currency: string): string => `${formatMoney(amount)} ${currency}`;

/** "Mar 1, 2026 – Mar 31, 2026". */
export const formatPeriod = (start: string | null, end: string | null): string => `${formatDate(start)} – ${formatDate(end)}`;

/** "2 × Instagram post, due Mar 10, 2026". */
export const describeContractDeliverable = (d: Pick<ContractDeliverableDto, 'type' | 'platform' | 'quantity' | 'dueDate'>): string =>
  `${d.quantity} × ${PLATFORM_LABELS[d.platform] ?? d.platform} ${d.type}${d.dueDate ? `, due ${formatDate(d.dueDate)}` : ''}`;

/** The creator as the lists name them: "Maya Lopez (@maya.runs)", or whichever of the two there is. */
export function influencerLabel(c: { influencerName: string; influencerUsername: string | null }): string {
  if (!c.influencerUsername) return c.influencerName;
  return c.influencerName && c.influencerName !== c.influencerUsername ? `${c.influencerName} (@${c.influencerUsername})` : `@${c.influencerUsername}`;
}
