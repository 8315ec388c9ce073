import { Injectable } from '@nestjs/common';
import { CampaignsService } from '@parley/server-campaigns';
import { ContractsService, DeliveriesService } from '@parley/server-contracts';
import { Tenancy, type AuthContext } from '@parley/server-core';
import type { Platform } from '@parley/shared-types';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY);

/** One creator's deal in the demo's running campaign: what was agreed, what came of it. */
interface Deal {
  username: string;
  compensation: string;
  items: { type: string; platform: Platform; dueInDays: number }[];
  /** Per item: how far it got, and its figures once published (views, likes, comments, shares, clicks). */
  outcome: ({ published: [number, number, number, number, number]; postedDaysAgo: number; caption: string } | 'submitted' | 'rejected' | 'pending')[];
}

const DEALS: Deal[] = [
  {
    username: 'maya.runs',
    compensation: '1200.00',
    items: [
      { type: 'reel', platform: 'instagram', dueInDays: -12 },
      { type: 'reel', platform: 'instagram', dueInDays: -4 },
      { type: 'story', platform: 'instagram', dueInDays: 6 },
    ],
    outcome: [
      { published: [18_400, 1_320, 96, 71, 240], postedDaysAgo: 13, caption: 'First 20 miles in the Ridge 2 #ad #TrailheadPartner @trailhead.outfitters' },
      { published: [11_900, 840, 52, 40, 133], postedDaysAgo: 5, caption: 'Mud test, round two. #ad #TrailheadPartner @trailhead.outfitters' },
      'pending',
    ],
  },
  {
    username: 'trailmix.tom',
    compensation: '850.00',
    items: [
      { type: 'reel', platform: 'instagram', dueInDays: -8 },
      { type: 'story', platform: 'instagram', dueInDays: 3 },
    ],
    outcome: [{ published: [42_000, 2_100, 310, 95, 610], postedDaysAgo: 9, caption: 'Zion in the Ridge 2 (sponsored by Trailhead) #TrailheadPartner @trailhead.outfitters' }, 'submitted'],
  },
  {
    username: 'climbing.kai',
    compensation: '600.00',
    items: [{ type: 'video', platform: 'tiktok', dueInDays: -2 }],
    outcome: ['rejected'],
  },
];

/**
 * The demo's running campaign with signed contracts, deliveries moved through the workflow and
 * figures typed in, through the same services the API uses, so every figure on its dashboard is a
 * row. The contracts are marked signed by the seed itself (no creator signs a demo): they have no
 * signed PDF or audit, and say so in their clauses' place.
 */
@Injectable()
export class DemoDeliveries {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly campaigns: CampaignsService,
    private readonly contracts: ContractsService,
    private readonly deliveries: DeliveriesService,
  ) {}

  async seed(ctx: AuthContext): Promise<void> {
    const campaign = await this.campaigns.create(ctx, {
      name: 'Ridge 2 creator series',
      description: 'Running now: trail creators post the Ridge 2 over eight weeks.',
      objective: 'engagement',
      budget: '5000.00',
      deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }],
      targetTiers: ['micro', 'macro'],
      targetNiches: ['running', 'outdoors'],
      startDate: day(-20).toISOString(),
      endDate: day(40).toISOString(),
    });
    await this.campaigns.changeStatus(ctx, campaign.id, { status: 'active' });
    const mover = { side: 'team' as const, userId: ctx.userId, email: ctx.email };
    const creators = await this.tenancy.query<{ id: string; username: string }>(ctx.storeId, `SELECT id, username FROM influencers WHERE store_id = $1 AND username = ANY($2)`, [DEALS.map((d) => d.username)]);
    await this.campaigns.addMembers(ctx, campaign.id, { influencerIds: creators.map((c) => c.id) });
    for (const deal of DEALS) {
      const creator = creators.find((c) => c.username === deal.username);
      if (!creator) continue;
      const contract = await this.contracts.create(ctx, {
        campaignId: campaign.id,
        influencerId: creator.id,
        deliverables: deal.items.map((i) => ({ type: i.type, platform: i.platform, quantity: 1, dueDate: day(i.dueInDays).toISOString() })),
        compensation: deal.compensation,
        compensationType: 'flat_fee',
        startDate: day(-20).toISOString(),
        endDate: day(40).toISOString(),
        contentGuidelines: 'Wear the Ridge 2 on a real trail; say what you think, good and bad.',
        mustInclude: ['#TrailheadPartner', '@trailhead.outfitters'],
        mustAvoid: ['discount codes from other brands'],
        exclusivity: false,
        usageRights: 'limited',
      });
      await this.contracts.markSignedForDemo(ctx.storeId, contract.id);
      const rows = await this.tenancy.query<{ id: string }>(ctx.storeId, `SELECT id FROM content_deliveries WHERE store_id = $1 AND contract_id = $2 ORDER BY due_date`, [contract.id]);
      for (const [i, row] of rows.entries()) {
        const outcome = deal.outcome[i];
        if (outcome === 'pending') continue;
        const url = `https://www.${deal.items[i].platform}.com/demo/${deal.username}-${i + 1}`;
        await this.deliveries.move(ctx.storeId, mover, row.id, 'submit', { contentUrl: url, caption: typeof outcome === 'object' ? outcome.caption : 'Draft: first cut of the trail video.' });
        if (outcome === 'submitted') continue;
        if (outcome === 'rejected') {
          await this.deliveries.move(ctx.storeId, mover, row.id, 'reject', { reason: 'The shoe is not in frame until the last few seconds; and the caption needs #ad.' });
          continue;
        }
        await this.deliveries.move(ctx.storeId, mover, row.id, 'approve', {});
        await this.deliveries.move(ctx.storeId, mover, row.id, 'publish', { postDate: day(-outcome.postedDaysAgo).toISOString() });
        const [views, likes, comments, shares, clicks] = outcome.published;
        await this.deliveries.update(ctx, row.id, { views, likes, comments, shares, clicks });
      }
    }
  }
}
