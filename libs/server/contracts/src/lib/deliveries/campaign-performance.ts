import { Injectable } from '@nestjs/common';
import { OUTREACH_COUNTS } from '@parley/server-campaigns';
import { Clock, NotFoundException, Tenancy, paginationOf, type AuthContext } from '@parley/server-core';
import { toCents, type CampaignPerformanceDto, type PerformanceSortKey, type Platform } from '@parley/shared-types';
import { figuresOf, type PerformanceSums } from './performance-math';

/** What the per-creator table can be sorted by, each as its SQL expression over the creator row `r`. */
const SORT_SQL: Record<PerformanceSortKey, string> = {
  spend: 'r.spend',
  views: 'r.views',
  engagements: 'r.engagements',
  engagementRate: 'r.engagements::numeric / NULLIF(r.views, 0)',
  clicks: 'r.clicks',
  cpe: 'r.spend / NULLIF(r.engagements, 0)',
  cpm: 'r.spend * 1000 / NULLIF(r.views, 0)',
  cpc: 'r.spend / NULLIF(r.clicks, 0)',
  published: 'r.published',
  username: 'i.username',
};

export interface PerformanceQuery {
  sort?: PerformanceSortKey;
  order?: 'asc' | 'desc';
  page?: number;
  perPage?: number;
}

/** Sums as text (exact: numeric and bigint), as one row of the statement's JSON. */
interface SumsJson {
  spend: string;
  views: string;
  likes: string;
  comments: string;
  shares: string;
  clicks: string;
  deliveries: string;
  published: string;
  manual?: string;
  imported?: string;
}

const SUMS = `COALESCE(sum(r.spend), 0)::text AS spend, COALESCE(sum(r.views), 0)::text AS views, COALESCE(sum(r.likes), 0)::text AS likes,
  COALESCE(sum(r.comments), 0)::text AS comments, COALESCE(sum(r.shares), 0)::text AS shares, COALESCE(sum(r.clicks), 0)::text AS clicks,
  COALESCE(sum(r.deliveries), 0)::text AS deliveries, COALESCE(sum(r.published), 0)::text AS published`;

/**
 * One statement: per creator with a signed (signed, active or completed) contract in the campaign,
 * the spend (their contracts' compensation) and the sums of their deliveries' figures (a cancelled
 * delivery counts nothing), materialised once; from it the totals, the platforms (the creator's),
 * one sorted page of creators and their count. Every sum is exact; nothing is summed in floats.
 */
const performanceSql = (orderBy: string) => `
WITH k AS (
  SELECT influencer_id, sum(compensation) AS spend FROM influencer_contracts
   WHERE store_id = $1 AND campaign_id = $2 AND status IN ('signed', 'active', 'completed') GROUP BY influencer_id
), d AS (
  SELECT d.influencer_id, count(*) AS deliveries, count(*) FILTER (WHERE d.status = 'published') AS published,
         sum(d.views) AS views, sum(d.likes) AS likes, sum(d.comments) AS comments, sum(d.shares) AS shares, sum(d.clicks) AS clicks,
         count(*) FILTER (WHERE d.metrics_source = 'manual') AS manual, count(*) FILTER (WHERE d.metrics_source = 'import') AS imported
    FROM content_deliveries d JOIN k ON k.influencer_id = d.influencer_id
    JOIN influencer_contracts c ON c.id = d.contract_id AND c.status IN ('signed', 'active', 'completed')
   WHERE d.store_id = $1 AND d.campaign_id = $2 AND d.status <> 'cancelled' GROUP BY d.influencer_id
), r AS MATERIALIZED (
  SELECT k.influencer_id, k.spend, COALESCE(d.views, 0) AS views, COALESCE(d.likes, 0) AS likes, COALESCE(d.comments, 0) AS comments,
         COALESCE(d.shares, 0) AS shares, COALESCE(d.likes, 0) + COALESCE(d.comments, 0) + COALESCE(d.shares, 0) AS engagements,
         COALESCE(d.clicks, 0) AS clicks, COALESCE(d.deliveries, 0) AS deliveries, COALESCE(d.published, 0) AS published,
         COALESCE(d.manual, 0) AS manual, COALESCE(d.imported, 0) AS imported
    FROM k LEFT JOIN d ON d.influencer_id = k.influencer_id
)
SELECT
  (SELECT row_to_json(t) FROM (SELECT ${SUMS}, COALESCE(sum(r.manual), 0)::text AS manual, COALESCE(sum(r.imported), 0)::text AS imported, count(*)::int AS creators FROM r) t) AS totals,
  (SELECT COALESCE(json_agg(t ORDER BY t.platform), '[]') FROM (SELECT i.platform, ${SUMS} FROM r JOIN influencers i ON i.id = r.influencer_id GROUP BY i.platform) t) AS platforms,
  (SELECT COALESCE(json_agg(t), '[]') FROM (
     SELECT r.influencer_id, i.username, i.display_name, i.platform, r.spend::text AS spend, r.views::text AS views, r.likes::text AS likes,
            r.comments::text AS comments, r.shares::text AS shares, r.clicks::text AS clicks, r.deliveries::text AS deliveries, r.published::text AS published
       FROM r JOIN influencers i ON i.id = r.influencer_id
      ORDER BY ${orderBy}, i.username, r.influencer_id LIMIT $3 OFFSET $4) t) AS page,
  (SELECT count(*)::int FROM influencer_contracts WHERE store_id = $1 AND campaign_id = $2 AND status IN ('signed', 'active', 'completed')) AS contracted,
  (SELECT count(*)::int FROM content_deliveries WHERE store_id = $1 AND campaign_id = $2 AND status = 'published') AS published`;

const TIMELINE_SQL = `
SELECT to_char(date_trunc('day', COALESCE(d.post_date, d.published_at) AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS date,
       COALESCE(sum(d.views), 0)::text AS views, COALESCE(sum(COALESCE(d.likes, 0) + COALESCE(d.comments, 0) + COALESCE(d.shares, 0)), 0)::text AS engagements,
       count(*)::text AS published
  FROM content_deliveries d JOIN influencer_contracts c ON c.id = d.contract_id AND c.status IN ('signed', 'active', 'completed')
 WHERE d.store_id = $1 AND d.campaign_id = $2 AND d.status = 'published'
 GROUP BY 1 ORDER BY 1`;
/** What is read on every request: the campaign and its version, the outreach side of the funnel (not covered by the version) and what is overdue now. */
const CAMPAIGN_NOW_SQL = `
SELECT c.id, c.budget::text AS budget, c.performance_version::text AS version, o.sent, o.opened, o.replied, o.interested,
       (SELECT count(*) FROM content_deliveries d WHERE d.store_id = $1 AND d.campaign_id = c.id AND d.due_date < $3 AND d.status IN ('pending', 'submitted', 'approved', 'rejected')) AS overdue
  FROM influencer_campaigns c
  CROSS JOIN LATERAL (SELECT ${OUTREACH_COUNTS} FROM influencer_outreach WHERE store_id = $1 AND campaign_id = c.id) o
 WHERE c.store_id = $1 AND c.id = $2`;

const sumsOf = (r: SumsJson): PerformanceSums => ({
  spendCents: toCents(r.spend),
  views: BigInt(r.views),
  likes: BigInt(r.likes),
  comments: BigInt(r.comments),
  shares: BigInt(r.shares),
  clicks: BigInt(r.clicks),
  deliveries: Number(r.deliveries),
  published: Number(r.published),
});

type Aggregates = Pick<CampaignPerformanceDto, 'totals' | 'influencers' | 'influencerPagination' | 'platforms' | 'metricsSources' | 'timeline'> & { contracted: number; published: number };

/** Computed aggregates kept per process: a few hundred pages of a few campaigns' versions. */
const CACHE_ENTRIES = 500;

/**
 * A campaign's performance: spend, views, engagements, engagement rate, clicks, CPE, CPM and CPC in
 * total, per platform and for a sorted page of creators, the funnel from contacted to published,
 * engagements by day and the overdue count, all from rows; none is estimated. The aggregates over
 * contracts and deliveries are kept for the campaign's performance_version (moved on by triggers on
 * every write to them), so they are reused until something changes and never served stale; requests
 * for the same page at the same version share one computation. The outreach side of the funnel and
 * the overdue count are read on every request, with the version, in one statement.
 */
@Injectable()
export class CampaignPerformance {
  private readonly computed = new Map<string, Promise<Aggregates>>();

  constructor(
    private readonly tenancy: Tenancy,
    private readonly clock: Clock,
  ) {}

  /** Every creator on one page, for the CSV export. */
  all(auth: AuthContext, campaignId: string, query: PerformanceQuery = {}): Promise<CampaignPerformanceDto> {
    return this.of(auth, campaignId, { ...query, page: 1, perPage: 1_000_000 });
  }

  async of(auth: AuthContext, campaignId: string, query: PerformanceQuery = {}): Promise<CampaignPerformanceDto> {
    const [campaign] = await this.tenancy.query<{ id: string; budget: string; version: string; sent: string; opened: string; replied: string; interested: string; overdue: string }>(
      auth.storeId,
      CAMPAIGN_NOW_SQL,
      [campaignId, this.clock.now()],
    );
    if (!campaign) throw new NotFoundException('Campaign');
    const { contracted, published, ...aggregates } = await this.aggregates(auth.storeId, campaign, query);
    return {
      campaignId,
      budget: campaign.budget,
      ...aggregates,
      funnel: { contacted: Number(campaign.sent), opened: Number(campaign.opened), replied: Number(campaign.replied), interested: Number(campaign.interested), contracted, published },
      overdue: Number(campaign.overdue),
    };
  }

  private aggregates(storeId: string, campaign: { id: string; version: string }, query: PerformanceQuery): Promise<Aggregates> {
    const key = [storeId, campaign.id, campaign.version, query.sort ?? 'spend', query.order ?? 'desc', query.page ?? 1, query.perPage ?? 50].join(':');
    let entry = this.computed.get(key);
    if (!entry) {
      entry = this.compute(storeId, campaign.id, query);
      this.computed.set(key, entry);
      entry.catch(() => this.computed.delete(key));
      if (this.computed.size > CACHE_ENTRIES) this.computed.delete(this.computed.keys().next().value!);
    }
    return entry;
  }

  private async compute(storeId: string, campaignId: string, query: PerformanceQuery): Promise<Aggregates> {
    const sort = SORT_SQL[query.sort ?? 'spend'];
    const order = `${sort} ${query.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`;
    const page = query.page ?? 1;
    const perPage = query.perPage ?? 50;
    const [[result], timeline] = await Promise.all([
      this.tenancy.query<{ totals: SumsJson & { creators: number }; platforms: (SumsJson & { platform: Platform })[]; page: (SumsJson & { influencer_id: string; username: string; display_name: string | null; platform: Platform })[]; contracted: number; published: number }>(
        storeId,
        performanceSql(order),
        [campaignId, perPage, (page - 1) * perPage],
      ),
      this.tenancy.query<{ date: string; views: string; engagements: string; published: string }>(storeId, TIMELINE_SQL, [campaignId]),
    ]);
    return {
      totals: figuresOf(sumsOf(result.totals)),
      influencers: result.page.map((r) => ({ influencerId: r.influencer_id, username: r.username, displayName: r.display_name, platform: r.platform, ...figuresOf(sumsOf(r)) })),
      influencerPagination: paginationOf(page, perPage, result.totals.creators),
      platforms: result.platforms.map((p) => ({ platform: p.platform, ...figuresOf(sumsOf(p)) })),
      metricsSources: { manual: Number(result.totals.manual), import: Number(result.totals.imported) },
      timeline: timeline.map((t) => ({ date: t.date, views: Number(t.views), engagements: Number(t.engagements), published: Number(t.published) })),
      contracted: result.contracted,
      published: result.published,
    };
  }
}
