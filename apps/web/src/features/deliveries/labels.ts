import type { BriefCheckDto, BriefFindingDto, DeliveryDto, DeliveryStatus } from '@parley/shared-types';
import type { BadgeTone } from '@/components/ui/badge';
import { PLATFORM_LABELS } from '@/features/influencers/components/labels';
import { formatDate } from '@/lib/format';

export { DELIVERY_STATUS_LABELS, DELIVERY_STATUS_TONES } from '@/features/contracts/components/labels';

/** The board's columns, in workflow order; cancelled ones sit behind a toggle. */
export const BOARD_STATUSES = ['pending', 'submitted', 'approved', 'rejected', 'published'] as const satisfies readonly DeliveryStatus[];

export type DeliveryMove = 'submit' | 'approve' | 'reject' | 'publish';

interface MoveRule {
  label: string;
  /** The key that makes the move on a focused card (lower case). */
  key: string;
  from: readonly DeliveryStatus[];
  to: DeliveryStatus;
}

/** The approval workflow as the API enforces it; anything else answers 409. */
export const MOVES: Record<DeliveryMove, MoveRule> = {
  submit: { label: 'Submit', key: 's', from: ['pending', 'rejected'], to: 'submitted' },
  approve: { label: 'Approve', key: 'a', from: ['submitted'], to: 'approved' },
  reject: { label: 'Reject', key: 'r', from: ['submitted'], to: 'rejected' },
  publish: { label: 'Publish', key: 'p', from: ['approved'], to: 'published' },
};

export const MOVE_ORDER: readonly DeliveryMove[] = ['submit', 'approve', 'reject', 'publish'];

export const movesFrom = (status: DeliveryStatus): DeliveryMove[] => MOVE_ORDER.filter((move) => MOVES[move].from.includes(status));

export const moveForKey = (key: string): DeliveryMove | undefined => MOVE_ORDER.find((move) => MOVES[move].key === key.toLowerCase());

/** What a move asks for first: a link or caption to submit (and the changes after a rejection), the post's link to publish when missing, always a reason to reject. */
export function needsDialog(move: DeliveryMove, d: Pick<DeliveryDto, 'status' | 'contentUrl' | 'caption'>): boolean {
  if (!MOVES[move].from.includes(d.status)) return false;
  if (move === 'reject') return true;
  // Rejected: the dialog (filled with what was sent before) lets the changes be entered.
  if (move === 'submit') return d.status === 'rejected' || (!d.contentUrl && !d.caption);
  if (move === 'publish') return !d.contentUrl;
  return false;
}

/** "Instagram reel". */
export const describeDelivery = (d: Pick<DeliveryDto, 'platform' | 'type'>): string => `${PLATFORM_LABELS[d.platform] ?? d.platform} ${d.type}`;

/** "Maya Lopez’s Instagram reel, due Mar 20, 2027": a card's name, and what its buttons act on. */
export const deliveryTitle = (d: Pick<DeliveryDto, 'platform' | 'type' | 'influencerName' | 'dueDate'>): string =>
  `${d.influencerName}’s ${describeDelivery(d)}${d.dueDate ? `, due ${formatDate(d.dueDate)}` : ''}`;

export const SEVERITY_LABELS: Record<BriefFindingDto['severity'], string> = { ok: 'OK', warning: 'Warning', problem: 'Problem' };
export const SEVERITY_TONES: Record<BriefFindingDto['severity'], BadgeTone> = { ok: 'success', warning: 'warning', problem: 'danger' };

/** How many findings need a look: problems and warnings. */
export const problemCount = (check: BriefCheckDto): number => check.findings.filter((f) => f.severity !== 'ok').length;

/** The figures of a post, in the order the forms and tables show them. */
export const METRIC_FIELDS = [
  { key: 'views', label: 'Views' },
  { key: 'likes', label: 'Likes' },
  { key: 'comments', label: 'Comments' },
  { key: 'shares', label: 'Shares' },
  { key: 'clicks', label: 'Clicks' },
  { key: 'saves', label: 'Saves', optional: true },
  { key: 'reach', label: 'Reach', optional: true },
] as const;

export type MetricField = (typeof METRIC_FIELDS)[number]['key'];

export const METRIC_LABELS: Record<string, string> = Object.fromEntries(METRIC_FIELDS.map((f) => [f.key, f.label]));

export const SOURCE_LABELS: Record<'manual' | 'import', string> = { manual: 'Typed', import: 'Imported' };

/**
 * A decimal fraction as a percentage, by moving the point two places in the string ("0.0755" →
 * "7.55"), so no float rounds it; null stays null.
 */
export function fractionToPercent(value: string | null): string | null {
  if (value == null) return null;
  const [whole, fraction = ''] = value.trim().split('.');
  const padded = fraction.padEnd(2, '0');
  const integer = `${whole}${padded.slice(0, 2)}`.replace(/^(-?)0+(?=\d)/, '$1');
  const rest = padded.slice(2).replace(/0+$/, '');
  return rest ? `${integer}.${rest}` : integer;
}
