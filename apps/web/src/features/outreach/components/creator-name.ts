import type { OutreachDto } from '@parley/shared-types';

/** "Maya Lopez (@maya.runs)", "@maya.runs", or a placeholder once the creator has been deleted. */
export function creatorName(influencer: OutreachDto['influencer']): string {
  if (!influencer) return 'Deleted creator';
  return influencer.displayName ? `${influencer.displayName} (@${influencer.username})` : `@${influencer.username}`;
}
