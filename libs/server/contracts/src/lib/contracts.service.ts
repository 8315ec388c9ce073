import { Injectable } from '@nestjs/common';
import { ConflictException, NotFoundException, Tenancy, ValidationException, paginate, type AuthContext } from '@parley/server-core';
import { Influencer, InfluencerCampaign, InfluencerContract, Offer } from '@parley/server-data';
import { CampaignBudget, type BudgetSource } from '@parley/server-negotiation';
import { CONTRACT_STATUSES, normalizeMoney, type ContractDto, type ContractStatus, type ContractSummaryDto, type Pagination } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';
import { ContractDeliveries } from './contract-deliveries';
import { ContractDocuments } from './contract-documents';
import { ContractTemplatesService } from './contract-templates.service';
import { ContractViews, type LoadedContract } from './contract-views';
import type { ContractDeliverableInput, ContractQueryDto, CreateContractDto, UpdateContractDto } from './contracts.dto';
import { OutreachTrail } from './outreach-trail';
import { SigningTokens } from './signing-tokens';

const source = (id: string): BudgetSource => ({ type: 'contract', id });
const deliverablesOf = (items: ContractDeliverableInput[]) =>
  items.map((d) => ({ type: d.type, platform: d.platform, quantity: d.quantity, ...(d.dueDate ? { dueDate: new Date(d.dueDate).toISOString() } : {}) }));

/**
 * Contracts as the brand's team handles them: written (directly or from an accepted offer, whose
 * budget reservation it takes over), edited while a draft, listed, rendered and cancelled. Creating
 * reserves the compensation against the campaign budget in the same transaction, under the
 * campaign row lock; cancelling releases it.
 */
@Injectable()
export class ContractsService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly budget: CampaignBudget,
    private readonly templates: ContractTemplatesService,
    private readonly views: ContractViews,
    private readonly documents: ContractDocuments,
    private readonly trail: OutreachTrail,
    private readonly deliveries: ContractDeliveries,
  ) {}

  async list(auth: AuthContext, query: ContractQueryDto): Promise<{ contracts: ContractDto[]; pagination: Pagination }> {
    const qb = this.tenancy.repo(InfluencerContract, auth.storeId).qb('k').leftJoinAndSelect('k.campaign', 'c').leftJoinAndSelect('k.influencer', 'i');
    if (query.campaignId) qb.andWhere('k.campaignId = :campaignId', { campaignId: query.campaignId });
    if (query.influencerId) qb.andWhere('k.influencerId = :influencerId', { influencerId: query.influencerId });
    if (query.status) qb.andWhere('k.status = :status', { status: query.status });
    const { items, pagination } = await paginate(qb, query);
    const brand = await this.views.brandOf(auth.storeId);
    return { contracts: items.map((k) => this.views.toDto(k as LoadedContract, brand.name)), pagination };
  }

  async summary(auth: AuthContext, campaignId?: string): Promise<ContractSummaryDto> {
    const rows = await this.tenancy.query<{ status: ContractStatus; n: string }>(
      auth.storeId,
      `SELECT status, count(*) AS n FROM influencer_contracts WHERE store_id = $1 AND ($2::uuid IS NULL OR campaign_id = $2) GROUP BY status`,
      [campaignId ?? null],
    );
    const byStatus = Object.fromEntries(CONTRACT_STATUSES.map((s) => [s, 0])) as Record<ContractStatus, number>;
    for (const r of rows) byStatus[r.status] = Number(r.n);
    return { byStatus };
  }

  async get(auth: AuthContext, id: string): Promise<ContractDto> {
    return this.dto(auth.storeId, await this.views.load(auth.storeId, id));
  }

  async pdf(auth: AuthContext, id: string): Promise<Buffer> {
    return this.documents.pdf(auth.storeId, await this.views.load(auth.storeId, id));
  }

  async create(auth: AuthContext, dto: CreateContractDto): Promise<ContractDto> {
    const storeId = auth.storeId;
    const [campaign, influencer] = await Promise.all([
      this.tenancy.repo(InfluencerCampaign, storeId).findOne(dto.campaignId),
      this.tenancy.repo(Influencer, storeId).findOne(dto.influencerId),
    ]);
    if (!campaign) throw new NotFoundException('Campaign');
    if (!influencer) throw new NotFoundException('Influencer');
    const { templateId, clauses } = await this.templates.clausesFor(storeId, dto.templateId);
    const compensation = normalizeMoney(dto.compensation);
    const id = await this.tenancy.transaction(async (manager) => {
      const replacing = dto.offerId ? await this.offerToWriteDown(storeId, dto, manager) : undefined;
      const repo = this.tenancy.repo(InfluencerContract, storeId, manager);
      const contract = await repo.save(
        repo.create({
          campaignId: campaign.id,
          influencerId: influencer.id,
          deliverables: deliverablesOf(dto.deliverables),
          compensation,
          currency: dto.currency ?? 'USD',
          compensationType: dto.compensationType,
          startDate: new Date(dto.startDate),
          endDate: new Date(dto.endDate),
          contentGuidelines: dto.contentGuidelines || null,
          mustInclude: dto.mustInclude ?? [],
          mustAvoid: dto.mustAvoid ?? [],
          exclusivity: dto.exclusivity ?? false,
          usageRights: dto.usageRights ?? 'limited',
          offerId: dto.offerId ?? null,
          templateId,
          clauses,
          status: 'draft',
        }),
      );
      await this.budget.reserve(storeId, campaign.id, source(contract.id), compensation, manager, replacing);
      return contract.id;
    });
    return this.get(auth, id);
  }

  /** A draft's terms; anything past draft is binding or on its way to be, and answers 409. */
  async update(auth: AuthContext, id: string, dto: UpdateContractDto): Promise<ContractDto> {
    const storeId = auth.storeId;
    // templateId null goes back to the store's default template (else the built-in agreement).
    const changedTemplate = dto.templateId !== undefined ? await this.templates.clausesFor(storeId, dto.templateId ?? undefined) : undefined;
    await this.tenancy.transaction(async (manager) => {
      const contract = await this.views.locked(storeId, id, manager);
      if (contract.status !== 'draft') throw new ConflictException(`The contract is ${contract.status}: only a draft can be edited`, { status: contract.status });
      const start = dto.startDate ? new Date(dto.startDate) : contract.startDate;
      const end = dto.endDate ? new Date(dto.endDate) : contract.endDate;
      if (end < start) throw new ValidationException([{ field: 'endDate', messages: ['endDate must not be before startDate'] }]);
      const compensation = dto.compensation !== undefined ? normalizeMoney(dto.compensation) : contract.compensation;
      if (compensation !== contract.compensation) await this.budget.reserve(storeId, contract.campaignId, source(id), compensation, manager, source(id));
      await this.tenancy.repo(InfluencerContract, storeId, manager).save(
        Object.assign(contract, {
          startDate: start,
          endDate: end,
          compensation,
          ...(dto.deliverables ? { deliverables: deliverablesOf(dto.deliverables) } : {}),
          ...(dto.currency ? { currency: dto.currency } : {}),
          ...(dto.compensationType ? { compensationType: dto.compensationType } : {}),
          ...(dto.contentGuidelines !== undefined ? { contentGuidelines: dto.contentGuidelines || null } : {}),
          ...(dto.mustInclude ? { mustInclude: dto.mustInclude } : {}),
          ...(dto.mustAvoid ? { mustAvoid: dto.mustAvoid } : {}),
          ...(dto.exclusivity !== undefined ? { exclusivity: dto.exclusivity } : {}),
          ...(dto.usageRights ? { usageRights: dto.usageRights } : {}),
          ...(changedTemplate ? changedTemplate : {}),
        }),
      );
    });
    return this.get(auth, id);
  }

  /**
   * Withdraws the contract: its deliveries not yet published are cancelled, its reservation is
   * released and its links stop working. The accepted offer it was written from is cancelled with it,
   * so the negotiation is open again.
   */
  async cancel(auth: AuthContext, id: string): Promise<ContractDto> {
    const storeId = auth.storeId;
    await this.tenancy.transaction(async (manager) => {
      const contract = await this.views.locked(storeId, id, manager);
      if (contract.status === 'completed' || contract.status === 'cancelled') throw new ConflictException(`The contract is ${contract.status}: it cannot be cancelled`, { status: contract.status });
      // Deliveries before the contract row: a move holds its delivery and then the campaign row (the
      // performance trigger); taking them in the same order, this never waits in a cycle with it.
      await this.deliveries.cancelOpen(storeId, id, manager);
      await this.tenancy.query(storeId, `UPDATE influencer_contracts SET status = 'cancelled', cancelled_at = now(), signing_nonce = NULL, updated_at = now() WHERE store_id = $1 AND id = $2`, [id], manager);
      await this.budget.release(storeId, source(id), manager);
      if (contract.offerId) await this.trail.reopenNegotiation(storeId, contract.offerId, auth.userId, manager);
      await this.trail.record(storeId, contract, 'contract_cancelled', { by: auth.email, reopened: !!contract.offerId }, manager);
    });
    return this.get(auth, id);
  }

  /**
   * For the demo seed only: a draft made active as if signed today (no creator signs a demo), with
   * its deliveries. It has no audit and no signed PDF, which is how a reader can tell.
   */
  async markSignedForDemo(storeId: string, id: string): Promise<void> {
    await this.tenancy.transaction(async (manager) => {
      const contract = await this.views.locked(storeId, id, manager);
      if (contract.status !== 'draft') throw new ConflictException(`The contract is ${contract.status}`, { status: contract.status });
      await this.tenancy.query(
        storeId,
        `UPDATE influencer_contracts SET status = 'active', signed_at = now(), sent_at = now(), signing_nonce = $3, updated_at = now() WHERE store_id = $1 AND id = $2`,
        [id, SigningTokens.newNonce()],
        manager,
      );
      await this.deliveries.createFor(contract, manager);
    });
  }

  private async dto(storeId: string, contract: LoadedContract): Promise<ContractDto> {
    return this.views.toDto(contract, (await this.views.brandOf(storeId)).name);
  }

  /** The accepted offer a new contract writes down: its reservation is the one the contract replaces. */
  private async offerToWriteDown(storeId: string, dto: CreateContractDto, manager: EntityManager): Promise<BudgetSource> {
    const offer = await this.tenancy.repo(Offer, storeId, manager).qb('f').andWhere('f.id = :id', { id: dto.offerId }).setLock('pessimistic_write').getOne();
    const refuse = (why: string) => new ValidationException([{ field: 'offerId', messages: [why] }]);
    if (!offer) throw refuse('offerId must be the id of an accepted offer of yours');
    if (offer.status !== 'accepted') throw refuse(`the offer is ${offer.status}: only an accepted offer can be written into a contract`);
    if (offer.campaignId !== dto.campaignId || offer.influencerId !== dto.influencerId) throw refuse('the offer belongs to another campaign or influencer');
    const [taken] = await this.tenancy.query<{ id: string }>(storeId, `SELECT id FROM influencer_contracts WHERE store_id = $1 AND offer_id = $2 AND status <> 'cancelled' LIMIT 1`, [offer.id], manager);
    if (taken) throw new ConflictException('A contract was already written from this offer', { contractId: taken.id });
    return { type: 'offer', id: offer.id };
  }
}
