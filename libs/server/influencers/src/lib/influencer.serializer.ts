import type { Influencer } from '@parley/server-data';
import { tierOf, type InfluencerDto } from '@parley/shared-types';

export const toInfluencerDto = (i: Influencer): InfluencerDto => ({
  id: i.id,
  username: i.username,
  platform: i.platform,
  displayName: i.displayName,
  email: i.email,
  platformUserId: i.platformUserId,
  followersCount: i.followersCount,
  engagementRate: i.engagementRate,
  niche: i.niche,
  bio: i.bio,
  typicalRate: i.typicalRate,
  country: i.country,
  language: i.language,
  timezone: i.timezone,
  tier: tierOf(i.followersCount),
  createdAt: i.createdAt.toISOString(),
  updatedAt: i.updatedAt.toISOString(),
});
