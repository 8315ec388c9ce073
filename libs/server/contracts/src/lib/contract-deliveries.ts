import { Injectable } from '@nestjs/common';
import { Clock, Tenancy } from '@parley/server-core';
import { ContentDelivery, type InfluencerContract } from '@parley/server-data';
import type { DeliveryDto } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A delivery read with its creator (`influencer` joined), as every view of it shows them. */
export type LoadedDelivery = ContentDelivery & Required<Pick<ContentDelivery, 'influencer'>>;

const OPEN: DeliveryDto['status'][] = ['pending', 'submitted', 'approved', 'rejected'];

export const toDeliveryDto = (d: LoadedDelivery, now: Date): DeliveryDto => ({
  id: d.id,
  contractId: d.contractId,
  campaignId: d.campaignId,
  influencerId: d.influencerId,
  influencerName: d.influencer.displayName?.trim() || d.influencer.username,
  influencerUsername: d.influencer.username,
  type: d.deliverableType,
  platform: d.platform,
  dueDate: iso(d.dueDate),
  status: d.status,
  overdue: !!d.dueDate && d.dueDate < now && OPEN.includes(d.status),
  contentUrl: d.contentUrl,
  caption: d.caption,
  postDate: iso(d.postDate),
  views: d.views,
  likes: d.likes,
  comments: d.comments,
  shares: d.shares,
  clicks: d.clicks,
  saves: d.saves,
  reach: d.reach,
  metricsSource: d.metricsSource,
  briefCheck: d.briefCheck,
  platformLabel: d.platformLabel,
  rejectionReason: d.rejectionReason,
  submittedAt: iso(d.submittedAt),
  approvedAt: iso(d.approvedAt),
  publishedAt: iso(d.publishedAt),
  cancelledAt: iso(d.cancelledAt),
});

/**
 * When each promised item is due: its deliverable's dueDate when the contract gives one; the rest
 * spread evenly over the contract period, the last on its end date.
 */
export function dueDates(contract: Pick<InfluencerContract, 'deliverables' | 'startDate' | 'endDate'>): { type: string; platform: ContentDelivery['platform']; dueDate: Date }[] {
  const items = contract.deliverables.flatMap((d) => Array.from({ length: d.quantity }, () => d));
  const undated = items.filter((d) => !d.dueDate).length;
  const start = contract.startDate.getTime();
  const span = Math.max(0, contract.endDate.getTime() - start);
  let k = 0;
  return items.map((d) => ({
    type: d.type,
    platform: d.platform,
    dueDate: d.dueDate ? new Date(d.dueDate) : new Date(start + Math.round((span * ++k) / undated)),
  }));
}

/** A signed contract's deliveries: one row per promised item (a deliverable of quantity 3 is three rows). */
@Injectable()
export class ContractDeliveries {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly clock: Clock,
  ) {}

  async createFor(contract: InfluencerContract, manager: EntityManager): Promise<number> {
    const repo = this.tenancy.repo(ContentDelivery, contract.storeId, manager);
    const rows = dueDates(contract).map((item) =>
      repo.create({ contractId: contract.id, campaignId: contract.campaignId, influencerId: contract.influencerId, deliverableType: item.type, platform: item.platform, dueDate: item.dueDate, status: 'pending' }),
    );
    if (rows.length) await manager.insert(ContentDelivery, rows);
    return rows.length;
  }

  /** A cancelled contract's deliveries that were not published are cancelled with it. */
  async cancelOpen(storeId: string, contractId: string, manager: EntityManager): Promise<void> {
    await this.tenancy.query(
      storeId,
      `UPDATE content_deliveries SET status = 'cancelled', cancelled_at = now(), updated_at = now() WHERE store_id = $1 AND contract_id = $2 AND status NOT IN ('published', 'cancelled')`,
      [contractId],
      manager,
    );
  }

  async list(storeId: string, contractId: string): Promise<DeliveryDto[]> {
    const rows = await this.tenancy.repo(ContentDelivery, storeId).qb('d').leftJoinAndSelect('d.influencer', 'i').andWhere('d.contractId = :contractId', { contractId }).orderBy('d.dueDate', 'ASC').addOrderBy('d.createdAt', 'ASC').getMany();
    const now = this.clock.now();
    return rows.map((d) => toDeliveryDto(d as LoadedDelivery, now));
  }
}
