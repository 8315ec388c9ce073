import { toCents, fromCents, TIER_RANGES, type Tier, type Platform } from '@parley/shared-types';
import type { Influencer } from '@parley/server-data';
import type { SelectQueryBuilder } from 'typeorm';

export interface InfluencerCriteria {
  q?: string;
  platform?: Platform;
  /** One tier, or any of several (campaign targeting). */
  tiers?: Tier[];
  /** Any of these niches. */
  niches?: string[];
  minEngagement?: number;
  maxRate?: string;
  campaignId?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Narrows an influencer query (alias `alias`, already scoped to a store) by the list filters. One
 * implementation serves the influencer list and campaign suggestions.
 */
export function applyInfluencerCriteria(qb: SelectQueryBuilder<Influencer>, alias: string, c: InfluencerCriteria): SelectQueryBuilder<Influencer> {
  if (c.q?.trim()) {
    qb.andWhere(`(${alias}.username ILIKE :q OR ${alias}.displayName ILIKE :q)`, { q: `%${escapeLike(c.q.trim().replace(/^@/, ''))}%` });
  }
  if (c.platform) qb.andWhere(`${alias}.platform = :platform`, { platform: c.platform });
  if (c.tiers?.length) {
    const clauses = c.tiers.map((tier, i) => {
      const { min, max } = TIER_RANGES[tier];
      qb.setParameter(`tierMin${i}`, min);
      if (max !== null) qb.setParameter(`tierMax${i}`, max);
      return max === null ? `${alias}.followersCount >= :tierMin${i}` : `(${alias}.followersCount >= :tierMin${i} AND ${alias}.followersCount < :tierMax${i})`;
    });
    qb.andWhere(`(${clauses.join(' OR ')})`);
  }
  if (c.niches?.length) qb.andWhere(`${alias}.niche && :niches::text[]`, { niches: c.niches.map((n) => n.toLowerCase()) });
  if (c.minEngagement !== undefined) qb.andWhere(`${alias}.engagementRate >= :minEngagement`, { minEngagement: c.minEngagement });
  if (c.maxRate !== undefined) qb.andWhere(`${alias}.typicalRate <= :maxRate`, { maxRate: fromCents(toCents(c.maxRate)) });
  if (c.campaignId) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM campaign_members m WHERE m.influencer_id = ${alias}.id AND m.campaign_id = :campaignId AND m.store_id = ${alias}.storeId)`,
      { campaignId: c.campaignId },
    );
  }
  return qb;
}
