import type { InfluencerCampaign } from '@parley/server-data';
import type { CampaignDto } from '@parley/shared-types';
import type { CampaignFigures } from './campaign-stats';

export const toCampaignDto = (c: InfluencerCampaign, figures: CampaignFigures): CampaignDto => ({
  id: c.id,
  name: c.name,
  description: c.description,
  objective: c.objective,
  status: c.status,
  budget: c.budget,
  deliverables: c.deliverables,
  targetTiers: c.targetTiers,
  targetNiches: c.targetNiches,
  minEngagement: c.minEngagement,
  maxRate: c.maxRate,
  startDate: c.startDate?.toISOString() ?? null,
  endDate: c.endDate?.toISOString() ?? null,
  followUpDays: c.followUpDays,
  sendWindow: c.sendWindow,
  followUpTemplateIds: c.followUpTemplateIds,
  followUpWriter: c.followUpWriter,
  noResponseAfterDays: c.noResponseAfterDays,
  influencerCount: figures.influencerCount,
  stats: figures.stats,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});
