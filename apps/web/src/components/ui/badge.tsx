import type { Tier } from '@parley/shared-types';
import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

const TIER_TONES: Record<Tier, BadgeTone> = { nano: 'neutral', micro: 'info', macro: 'accent', mega: 'warning' };

export function TierBadge({ tier }: { tier: Tier }) {
  return <Badge tone={TIER_TONES[tier]}>{tier}</Badge>;
}
