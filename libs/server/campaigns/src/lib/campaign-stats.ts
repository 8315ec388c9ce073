import type { EntityManager } from 'typeorm';
import type { Tenancy } from '@parley/server-core';
import { CAMPAIGN_STATUSES, addMoney, fromCents, subtractMoney, toCents, type CampaignStats, type CampaignStatus, type CampaignSummaryDto, type Money } from '@parley/shared-types';

interface StatsRow {
  campaign_id: string;
  sent: string;
  opened: string;
  replied: string;
  interested: string;
  declined: string;
  contracts: string;
  allocated: string;
  published: string;
  members: string;
}

export interface CampaignFigures {
  stats: CampaignStats;
  influencerCount: number;
}

/** How a campaign's outreach counts (the funnel's first steps), over its influencer_outreach rows. */
export const OUTREACH_COUNTS = `count(*) FILTER (WHERE sent_at IS NOT NULL) AS sent,
         count(*) FILTER (WHERE sent_at IS NOT NULL AND opened_at IS NOT NULL) AS opened,
         count(*) FILTER (WHERE replied_at IS NOT NULL) AS replied,
         count(*) FILTER (WHERE status = 'interested' OR reply_category = 'interested') AS interested,
         count(*) FILTER (WHERE status = 'declined' OR reply_category = 'declined') AS declined`;

/**
 * Everything a campaign card shows, counted from the outreach, contract, budget reservation,
 * delivery and membership rows in one round trip for a whole page of campaigns. Nothing is cached on the campaign row.
 */
const STATS_SQL = `
SELECT c.id AS campaign_id,
       COALESCE(o.sent, 0) AS sent, COALESCE(o.opened, 0) AS opened, COALESCE(o.replied, 0) AS replied,
       COALESCE(o.interested, 0) AS interested, COALESCE(o.declined, 0) AS declined,
       COALESCE(k.contracts, 0) AS contracts, COALESCE(r.allocated, 0) AS allocated,
       COALESCE(d.published, 0) AS published, COALESCE(m.members, 0) AS members
FROM unnest($2::uuid[]) AS c(id)
LEFT JOIN (
  SELECT campaign_id, ${OUTREACH_COUNTS}
  FROM influencer_outreach WHERE store_id = $1 AND campaign_id = ANY($2::uuid[]) GROUP BY campaign_id
) o ON o.campaign_id = c.id
LEFT JOIN (
  SELECT campaign_id,
         count(*) FILTER (WHERE status IN ('signed', 'active', 'completed')) AS contracts
  FROM influencer_contracts WHERE store_id = $1 AND campaign_id = ANY($2::uuid[]) GROUP BY campaign_id
) k ON k.campaign_id = c.id
LEFT JOIN (
  SELECT campaign_id, sum(amount) AS allocated
  FROM budget_reservations WHERE store_id = $1 AND campaign_id = ANY($2::uuid[]) AND released_at IS NULL GROUP BY campaign_id
) r ON r.campaign_id = c.id
LEFT JOIN (
  SELECT campaign_id, count(*) FILTER (WHERE status = 'published') AS published
  FROM content_deliveries WHERE store_id = $1 AND campaign_id = ANY($2::uuid[]) GROUP BY campaign_id
) d ON d.campaign_id = c.id
LEFT JOIN (
  SELECT campaign_id, count(*) AS members
  FROM campaign_members WHERE store_id = $1 AND campaign_id = ANY($2::uuid[]) GROUP BY campaign_id
) m ON m.campaign_id = c.id`;

/** A share as a percentage with one decimal, 0 when nothing was sent. */
export const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10);

export async function campaignFigures(
  tenancy: Tenancy,
  storeId: string,
  campaigns: { id: string; budget: Money }[],
  manager?: EntityManager,
): Promise<Map<string, CampaignFigures>> {
  const out = new Map<string, CampaignFigures>();
  if (!campaigns.length) return out;
  const rows = await tenancy.query<StatsRow>(storeId, STATS_SQL, [campaigns.map((c) => c.id)], manager);
  const byId = new Map(rows.map((r) => [r.campaign_id, r]));
  for (const campaign of campaigns) {
    const r = byId.get(campaign.id);
    const sent = Number(r?.sent ?? 0);
    const opened = Number(r?.opened ?? 0);
    const replied = Number(r?.replied ?? 0);
    const allocated = fromCents(toCents(r?.allocated ?? '0'));
    out.set(campaign.id, {
      influencerCount: Number(r?.members ?? 0),
      stats: {
        outreachSent: sent,
        opened,
        replied,
        interested: Number(r?.interested ?? 0),
        declined: Number(r?.declined ?? 0),
        openRate: percent(opened, sent),
        responseRate: percent(replied, sent),
        budget: campaign.budget,
        budgetAllocated: allocated,
        budgetRemaining: subtractMoney(campaign.budget, allocated),
        contracts: Number(r?.contracts ?? 0),
        deliveriesPublished: Number(r?.published ?? 0),
      },
    });
  }
  return out;
}

/** Sums the figures of every campaign of a store; rates are recomputed from the summed counts. */
export function summarize(campaigns: { id: string; status: CampaignStatus; budget: Money }[], figures: Map<string, CampaignFigures>): CampaignSummaryDto {
  const byStatus = Object.fromEntries(CAMPAIGN_STATUSES.map((s) => [s, 0])) as Record<CampaignStatus, number>;
  const all = campaigns.map((c) => {
    byStatus[c.status] += 1;
    return figures.get(c.id)!;
  });
  const sum = (pick: (f: CampaignFigures) => number) => all.reduce((total, f) => total + pick(f), 0);
  const outreachSent = sum((f) => f.stats.outreachSent);
  const opened = sum((f) => f.stats.opened);
  const replied = sum((f) => f.stats.replied);
  const budget = addMoney('0', ...all.map((f) => f.stats.budget));
  const budgetAllocated = addMoney('0', ...all.map((f) => f.stats.budgetAllocated));
  return {
    campaigns: campaigns.length,
    byStatus,
    influencers: sum((f) => f.influencerCount),
    outreachSent,
    opened,
    replied,
    interested: sum((f) => f.stats.interested),
    declined: sum((f) => f.stats.declined),
    openRate: percent(opened, outreachSent),
    responseRate: percent(replied, outreachSent),
    budget,
    budgetAllocated,
    budgetRemaining: subtractMoney(budget, budgetAllocated),
    contracts: sum((f) => f.stats.contracts),
    deliveriesPublished: sum((f) => f.stats.deliveriesPublished),
  };
}
