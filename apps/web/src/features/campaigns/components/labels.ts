import type { CampaignObjective, CampaignStatus, Deliverable } from '@parley/shared-types';
import type { BadgeTone } from '@/components/ui/badge';

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
};

export const STATUS_TONES: Record<CampaignStatus, BadgeTone> = {
  draft: 'neutral',
  active: 'success',
  paused: 'warning',
  completed: 'info',
};

export const OBJECTIVES: Record<CampaignObjective, { label: string; description: string }> = {
  awareness: { label: 'Awareness', description: 'Get your brand in front of new audiences.' },
  engagement: { label: 'Engagement', description: 'Spark likes, comments and shares.' },
  conversions: { label: 'Conversions', description: 'Drive clicks and sales with codes or links.' },
  ugc: { label: 'UGC', description: 'Collect creator content to reuse in your own channels.' },
};

export const describeDeliverables = (deliverables: readonly Deliverable[]): string =>
  deliverables.length ? deliverables.map((d) => `${d.quantity} × ${d.type} on ${d.platform}`).join(', ') : '—';

export const describeFollowUps = (days: readonly number[] | undefined): string => (days?.length ? `After ${days.join(', ')} days` : 'None');

export const describeList = (items: readonly string[], whenEmpty: string): string => (items.length ? items.join(', ') : whenEmpty);
