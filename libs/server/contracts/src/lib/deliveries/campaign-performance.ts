import { Injectable } from '@nestjs/common';
import { campaignFigures } from '@parley/server-campaigns';
import { Clock, NotFoundException, Tenancy, type AuthContext } from '@parley/server-core';
import { toCents, type CampaignPerformanceDto, type Platform } from '@parley/shared-types';
import { addSums, figuresOf, ZERO_SUMS, type PerformanceSums } from './performance-math';

interface InfluencerRow {
  influencer_id: string;
  username: string;
  display_name: string | null;
  platform: Platform;
  spend: string;
  views: string;
  likes: string;
  comments: string;
  shares: string;
  clicks: string;
  deliveries: string;
  published: string;
  manual: string;
  imported: string;
}

/**
 * Per creator of the campaign with a signed (signed, active or completed) contract: the spend (the
 * compensation of those contracts) and the sums of their deliveries' figures (a cancelled delivery
 * counts nothing). One statement; every sum is exact (numeric and bigint, never floats).
 */
const PERFORMANCE_SQL = `
WITH k AS (
  SELECT influencer_id, sum(compensation) AS spend FROM influencer_contracts
   WHERE store_id = $1 AND campaign_id = $2 AND status IN ('signed', 'active', 'completed') GROUP BY influencer_id
), d AS (
  SELECT d.influencer_id, count(*) AS deliveries, count(*) FILTER (WHERE d.status = 'published') AS published,
         COALESCE(sum(d.views), 0) AS views, COALESCE(sum(d.likes), 0) AS likes, COALESCE(sum(d.comments), 0) AS comments,
         COALESCE(sum(d.shares), 0) AS shares, COALESCE(sum(d.clicks), 0) AS clicks,
         count(*) FILTER (WHERE d.metrics_source = 'manual') AS manual, count(*) FILTER (WHERE d.metrics_source = 'import') AS imported
    FROM content_deliveries d JOIN influencer_contracts c ON c.id = d.contract_id AND c.status IN ('signed', 'active', 'completed')
   WHERE d.store_id = $1 AND d.campaign_id = $2 AND d.status <> 'cancelled' GROUP BY d.influencer_id
)
SELECT k.influencer_id, i.username, i.display_name, i.platform, k.spend::text AS spend,
       COALESCE(d.views, 0)::text AS views, COALESCE(d.likes, 0)::text AS likes, COALESCE(d.comments, 0)::text AS comments,
       COALESCE(d.shares, 0)::text AS shares, COALESCE(d.clicks, 0)::text AS clicks,
       COALESCE(d.deliveries, 0)::text AS deliveries, COALESCE(d.published, 0)::text AS published,
       COALESCE(d.manual, 0)::text AS manual, COALESCE(d.imported, 0)::text AS imported
  FROM k JOIN influencers i ON i.id = k.influencer_id AND i.store_id = $1 LEFT JOIN d ON d.influencer_id = k.influencer_id
 ORDER BY k.spend DESC, i.username`;

/** Published deliveries by the UTC day of their post, and the deliveries past due. */
const TIMELINE_SQL = `
SELECT to_char(date_trunc('day', COALESCE(d.post_date, d.published_at) AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS date,
       COALESCE(sum(d.views), 0)::text AS views, COALESCE(sum(COALESCE(d.likes, 0) + COALESCE(d.comments, 0) + COALESCE(d.shares, 0)), 0)::text AS engagements,
       count(*)::text AS published
  FROM content_deliveries d JOIN influencer_contracts c ON c.id = d.contract_id AND c.status IN ('signed', 'active', 'completed')
 WHERE d.store_id = $1 AND d.campaign_id = $2 AND d.status = 'published'
 GROUP BY 1 ORDER BY 1`;
const OVERDUE_SQL = `SELECT count(*)::text AS n FROM content_deliveries WHERE store_id = $1 AND campaign_id = $2 AND due_date < $3 AND status IN ('pending', 'submitted', 'approved', 'rejected')`;

const sumsOf = (r: InfluencerRow): PerformanceSums => ({
  spendCents: toCents(r.spend),
  views: BigInt(r.views),
  likes: BigInt(r.likes),
  comments: BigInt(r.comments),
  shares: BigInt(r.shares),
  clicks: BigInt(r.clicks),
  deliveries: Number(r.deliveries),
  published: Number(r.published),
});

/**
 * A campaign's performance: spend, views, engagements, engagement rate, clicks, CPE, CPM and CPC in
 * total, per creator and per platform (the creator's), and the funnel from contacted to published.
 * Every figure is computed from rows on each request; none is estimated.
 */
@Injectable()
export class CampaignPerformance {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly clock: Clock,
  ) {}

  async of(auth: AuthContext, campaignId: string): Promise<CampaignPerformanceDto> {
    const [campaign] = await this.tenancy.query<{ id: string; budget: string }>(auth.storeId, `SELECT id, budget::text FROM influencer_campaigns WHERE store_id = $1 AND id = $2`, [campaignId]);
    if (!campaign) throw new NotFoundException('Campaign');
    const [rows, figures, timeline, [overdue]] = await Promise.all([
      this.tenancy.query<InfluencerRow>(auth.storeId, PERFORMANCE_SQL, [campaignId]),
      campaignFigures(this.tenancy, auth.storeId, [campaign]),
      this.tenancy.query<{ date: string; views: string; engagements: string; published: string }>(auth.storeId, TIMELINE_SQL, [campaignId]),
      this.tenancy.query<{ n: string }>(auth.storeId, OVERDUE_SQL, [campaignId, this.clock.now()]),
    ]);
    const stats = figures.get(campaignId)!.stats;
    let totals = ZERO_SUMS;
    const byPlatform = new Map<Platform, PerformanceSums>();
    for (const r of rows) {
      const sums = sumsOf(r);
      totals = addSums(totals, sums);
      byPlatform.set(r.platform, addSums(byPlatform.get(r.platform) ?? ZERO_SUMS, sums));
    }
    return {
      campaignId,
      budget: campaign.budget,
      totals: figuresOf(totals),
      influencers: rows.map((r) => ({ influencerId: r.influencer_id, username: r.username, displayName: r.display_name, platform: r.platform, ...figuresOf(sumsOf(r)) })),
      platforms: [...byPlatform].map(([platform, sums]) => ({ platform, ...figuresOf(sums) })),
      funnel: { contacted: stats.outreachSent, opened: stats.opened, replied: stats.replied, interested: stats.interested, contracted: stats.contracts, published: stats.deliveriesPublished },
      metricsSources: { manual: rows.reduce((n, r) => n + Number(r.manual), 0), import: rows.reduce((n, r) => n + Number(r.imported), 0) },
      timeline: timeline.map((t) => ({ date: t.date, views: Number(t.views), engagements: Number(t.engagements), published: Number(t.published) })),
      overdue: Number(overdue.n),
    };
  }
}
