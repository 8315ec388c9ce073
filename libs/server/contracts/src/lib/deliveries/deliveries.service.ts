import { Injectable, Logger } from '@nestjs/common';
import { Clock, InvalidTransitionException, NotFoundException, Tenancy, ValidationException, paginate, type AuthContext } from '@parley/server-core';
import { ContentDelivery, DeliveryMetricChange, InfluencerContract } from '@parley/server-data';
import { LiveEvents } from '@parley/server-live';
import { NotificationsService } from '@parley/server-notifications';
import { WebhookPublisher } from '@parley/server-webhooks';
import type { BriefCheckDto, DeliveryDetailDto, DeliveryDto, DeliveryStatus, Pagination } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';
import { toDeliveryDto, type LoadedDelivery } from '../contract-deliveries';
import { OutreachTrail } from '../outreach-trail';
import { checkBrief } from './brief-check';
import type { DeliveryQueryDto, PublishDeliveryDto, SubmitDeliveryDto, UpdateDeliveryDto } from './deliveries.dto';
import { CreatorNotices } from './creator-notices';

export type DeliveryMove = 'submit' | 'approve' | 'reject' | 'publish';

/** The approval workflow: which statuses each move leaves from, and where it goes. */
const MOVES: Record<DeliveryMove, { from: DeliveryStatus[]; to: DeliveryStatus }> = {
  submit: { from: ['pending', 'rejected'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  publish: { from: ['approved'], to: 'published' },
};
const movesFrom = (status: DeliveryStatus) => (Object.keys(MOVES) as DeliveryMove[]).filter((m) => MOVES[m].from.includes(status));

const METRICS = ['views', 'likes', 'comments', 'shares', 'clicks', 'saves', 'reach'] as const;
type Metric = (typeof METRICS)[number];

/** What a move carries: the content link and caption (submit, publish), the post date (publish), the reason (reject). */
export type MoveInput = (SubmitDeliveryDto & PublishDeliveryDto) & { reason?: string };

/** Who moves it: someone of the brand's team, or the creator through their link. Each side hears of the other's moves. */
export type Mover = { side: 'team'; userId: string; email: string } | { side: 'creator' };
export const teamOf = (auth: AuthContext): Mover => ({ side: 'team', userId: auth.userId, email: auth.email });

/**
 * Deliveries as the team handles them: the content link, caption, post date and figures (each
 * figure's change kept with who and when), and the approval workflow pending → submitted → approved
 * → published (submitted → rejected → submitted). A move locks the row, so two moves never both
 * leave the same status; an illegal one answers 409 naming the current status. Submitting and
 * publishing check the caption against the contract's brief. Every move goes on the outreach's
 * timeline, to the team (SSE), to integrators (webhook) and, where it concerns them, to the creator.
 */
@Injectable()
export class DeliveriesService {
  private readonly logger = new Logger(DeliveriesService.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly trail: OutreachTrail,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhookPublisher,
    private readonly creator: CreatorNotices,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, query: DeliveryQueryDto): Promise<{ deliveries: DeliveryDto[]; pagination: Pagination }> {
    const qb = this.tenancy.repo(ContentDelivery, auth.storeId).qb('d').leftJoinAndSelect('d.influencer', 'i');
    if (query.campaignId) qb.andWhere('d.campaignId = :campaignId', { campaignId: query.campaignId });
    if (query.contractId) qb.andWhere('d.contractId = :contractId', { contractId: query.contractId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    const now = this.clock.now();
    if (query.overdue) qb.andWhere(`d.dueDate < :now AND d.status IN ('pending', 'submitted', 'approved', 'rejected')`, { now });
    const { items, pagination } = await paginate(qb, query, { by: 'd.dueDate', direction: 'ASC', nulls: 'NULLS LAST' });
    return { deliveries: items.map((d) => toDeliveryDto(d as LoadedDelivery, now)), pagination };
  }

  async get(auth: AuthContext, id: string): Promise<DeliveryDetailDto> {
    const d = await this.load(auth.storeId, id);
    const [about] = await this.tenancy.query<{ campaign: string; content_guidelines: string | null; must_include: string[]; must_avoid: string[] }>(
      auth.storeId,
      `SELECT c.name AS campaign, k.content_guidelines, k.must_include, k.must_avoid
         FROM influencer_contracts k JOIN influencer_campaigns c ON c.id = k.campaign_id WHERE k.store_id = $1 AND k.id = $2`,
      [d.contractId],
    );
    const history = await this.tenancy.query<{ field: string; old_value: number | null; new_value: number | null; changed_by: string | null; source: 'manual' | 'import'; changed_at: Date }>(
      auth.storeId,
      `SELECT h.field, h.old_value, h.new_value, u.email AS changed_by, h.source, h.changed_at FROM delivery_metric_changes h
         LEFT JOIN users u ON u.id = h.changed_by WHERE h.store_id = $1 AND h.delivery_id = $2 ORDER BY h.changed_at DESC, h.field LIMIT 500`,
      [id],
    );
    return {
      ...toDeliveryDto(d, this.clock.now()),
      campaignName: about.campaign,
      brief: { contentGuidelines: about.content_guidelines, mustInclude: about.must_include, mustAvoid: about.must_avoid },
      history: history.map((h) => ({ field: h.field, oldValue: h.old_value, newValue: h.new_value, changedBy: h.changed_by, source: h.source, changedAt: h.changed_at.toISOString() })),
    };
  }

  /** The content link, caption, post date and figures; a cancelled delivery answers 409. Every changed figure is kept in the history. */
  async update(auth: AuthContext, id: string, dto: UpdateDeliveryDto, source: 'manual' | 'import' = 'manual'): Promise<DeliveryDto> {
    const saved = await this.tenancy.transaction(async (manager) => {
      const d = await this.locked(auth.storeId, id, manager);
      if (d.status === 'cancelled') throw new InvalidTransitionException('Delivery', d.status, 'edited', []);
      const changes = METRICS.filter((m) => dto[m] !== undefined && dto[m] !== d[m]).map((m) => ({ field: m, oldValue: d[m], newValue: dto[m] as number }));
      for (const c of changes) (d as Record<Metric, number | null>)[c.field] = c.newValue;
      if (dto.contentUrl !== undefined) d.contentUrl = dto.contentUrl;
      if (dto.caption !== undefined) d.caption = dto.caption;
      if (dto.postDate !== undefined) d.postDate = new Date(dto.postDate);
      if (dto.platformLabel !== undefined) d.platformLabel = dto.platformLabel;
      if (changes.length) {
        d.metricsSource = source;
        await manager.insert(
          DeliveryMetricChange,
          changes.map((c) => ({ storeId: auth.storeId, deliveryId: id, field: c.field, oldValue: c.oldValue, newValue: c.newValue, changedBy: auth.userId, source })),
        );
      }
      await this.tenancy.repo(ContentDelivery, auth.storeId, manager).save(d);
      return this.load(auth.storeId, id, manager);
    });
    return toDeliveryDto(saved, this.clock.now());
  }

  async move(storeId: string, by: Mover, id: string, move: DeliveryMove, input: MoveInput): Promise<DeliveryDto> {
    const rule = MOVES[move];
    const now = this.clock.now();
    const { delivery, webhookIds, outreachId } = await this.tenancy.transaction(async (manager) => {
      const d = await this.locked(storeId, id, manager);
      if (!rule.from.includes(d.status)) throw new InvalidTransitionException('Delivery', d.status, rule.to, movesFrom(d.status).map((m) => MOVES[m].to));
      if (input.contentUrl !== undefined) d.contentUrl = input.contentUrl;
      if (input.caption !== undefined) d.caption = input.caption;
      if (move === 'submit') {
        if (!d.contentUrl && !d.caption) throw new ValidationException([{ field: 'contentUrl', messages: ['contentUrl (or a caption) must say what is submitted: a link to the draft or the post'] }]);
        Object.assign(d, { submittedAt: now, rejectionReason: null, briefCheck: await this.briefCheck(storeId, d, 'submit', now, manager) });
      } else if (move === 'approve') {
        d.approvedAt = now;
      } else if (move === 'reject') {
        if (!input.reason?.trim()) throw new ValidationException([{ field: 'reason', messages: ['reason must say what should change'] }]);
        d.rejectionReason = input.reason.trim();
      } else {
        if (!d.contentUrl) throw new ValidationException([{ field: 'contentUrl', messages: ['contentUrl must be the link to the published post'] }]);
        if (input.postDate !== undefined) d.postDate = new Date(input.postDate);
        Object.assign(d, { postDate: d.postDate ?? now, publishedAt: now, briefCheck: await this.briefCheck(storeId, d, 'publish', now, manager) });
      }
      const from = d.status;
      d.status = rule.to;
      await this.tenancy.repo(ContentDelivery, storeId, manager).save(d);
      const saved = await this.load(storeId, id, manager);
      if (move === 'publish') await this.completeContract(storeId, d.contractId, now, manager);
      const event = { deliveryId: id, from, to: rule.to, type: d.deliverableType, platform: d.platform, by: by.side === 'team' ? by.email : 'creator', ...(move === 'reject' ? { reason: d.rejectionReason } : {}) };
      const trailId = await this.trail.record(storeId, { id: d.contractId, campaignId: d.campaignId, influencerId: d.influencerId }, `delivery_${rule.to as 'submitted' | 'approved' | 'rejected' | 'published'}`, event, manager);
      const ids = await this.webhooks.log(storeId, 'delivery.status_changed', [{ ...event, contractId: d.contractId, campaignId: d.campaignId, influencerId: d.influencerId, at: now.toISOString() }], manager);
      return { delivery: saved, webhookIds: ids, outreachId: trailId };
    });
    await this.afterMove(storeId, by, delivery, move, outreachId, webhookIds);
    return toDeliveryDto(delivery, now);
  }

  /** After the commit: the team's live feed and the webhooks always; the other side by notification (the team) or email (the creator). */
  private async afterMove(storeId: string, by: Mover, d: LoadedDelivery, move: DeliveryMove, outreachId: string | null, webhookIds: string[]): Promise<void> {
    await this.webhooks.enqueue(storeId, webhookIds);
    await this.live.publish(storeId, 'delivery', toDeliveryDto(d, this.clock.now())).catch((error: unknown) => this.logger.warn({ err: error }, 'delivery event not published'));
    if (by.side === 'creator') {
      const name = d.influencer.displayName?.trim() || d.influencer.username;
      const title = move === 'submit' ? `${name} submitted a ${d.deliverableType} for review` : `${name} published a ${d.deliverableType}`;
      await this.notifications
        .notify(storeId, { type: `delivery_${MOVES[move].to}`, title, body: d.contentUrl ?? '', outreachId, data: { deliveryId: d.id, contractId: d.contractId } })
        .catch((error: unknown) => this.logger.warn({ err: error }, 'could not notify the team of a creator\'s move'));
    } else if (move === 'approve' || move === 'reject') {
      await this.creator.moved(storeId, d, move);
    }
  }

  private async briefCheck(storeId: string, d: ContentDelivery, at: 'submit' | 'publish', now: Date, manager: EntityManager): Promise<BriefCheckDto> {
    const contract = await this.tenancy.repo(InfluencerContract, storeId, manager).get(d.contractId);
    const result = checkBrief({ caption: d.caption, contentUrl: d.contentUrl, platform: d.platform, mustInclude: contract.mustInclude, mustAvoid: contract.mustAvoid, platformLabel: d.platformLabel });
    return { ok: result.ok, disclosure: result.disclosure, findings: result.findings, at, checkedAt: now.toISOString(), caption: d.caption };
  }

  /**
   * The contract is completed once every delivery that is not cancelled is published. A contract row
   * held by another transaction (a cancel waiting for this delivery's lock) is skipped rather than
   * waited for, so the two never deadlock; the contracts.advance job completes it then.
   */
  private async completeContract(storeId: string, contractId: string, now: Date, manager: EntityManager): Promise<void> {
    await this.tenancy.query(
      storeId,
      `UPDATE influencer_contracts k SET status = 'completed', completed_at = $3, updated_at = now()
        WHERE k.id IN (SELECT id FROM influencer_contracts WHERE store_id = $1 AND id = $2 AND status IN ('signed', 'active') FOR UPDATE SKIP LOCKED)
          AND NOT EXISTS (SELECT 1 FROM content_deliveries d WHERE d.contract_id = k.id AND d.status NOT IN ('published', 'cancelled'))`,
      [contractId, now],
      manager,
    );
  }

  private async load(storeId: string, id: string, manager?: EntityManager): Promise<LoadedDelivery> {
    const d = await this.tenancy.repo(ContentDelivery, storeId, manager).qb('d').leftJoinAndSelect('d.influencer', 'i').andWhere('d.id = :id', { id }).getOne();
    if (!d) throw new NotFoundException('Delivery');
    return d as LoadedDelivery;
  }

  private async locked(storeId: string, id: string, manager: EntityManager): Promise<ContentDelivery> {
    const d = await this.tenancy.repo(ContentDelivery, storeId, manager).qb('d').andWhere('d.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!d) throw new NotFoundException('Delivery');
    return d;
  }
}
