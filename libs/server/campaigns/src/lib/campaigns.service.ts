import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  CAMPAIGN_FOLLOW_UPS_CHANGED,
  CAMPAIGN_STATUS_CHANGED,
  type CampaignFollowUpsChangedEvent,
  InvalidTransitionException,
  type CampaignStatusChangedEvent,
  NotFoundException,
  Tenancy,
  ValidationException,
  paginate,
  pageOf,
  paginationOf,
  type AuthContext,
} from '@parley/server-core';
import { CampaignMember, Influencer, InfluencerCampaign } from '@parley/server-data';
import { applyInfluencerCriteria, toInfluencerDto } from '@parley/server-influencers';
import {
  CAMPAIGN_TRANSITIONS,
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_NO_RESPONSE_AFTER_DAYS,
  normalizeMoney,
  type AddMembersResult,
  type CampaignDto,
  type CampaignSummaryDto,
  type CampaignMemberDto,
  type InfluencerDto,
  type ListOf,
} from '@parley/shared-types';
import type { EntityManager } from 'typeorm';
import { AddMembersDto, CampaignListQueryDto, ChangeStatusDto, CreateCampaignDto, MembersQueryDto, UpdateCampaignDto } from './campaign.dto';
import { campaignFigures, summarize } from './campaign-stats';
import { toCampaignDto } from './campaign.serializer';

const toDate = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));

@Injectable()
export class CampaignsService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly events: EventEmitter2,
  ) {}

  async create(auth: AuthContext, dto: CreateCampaignDto): Promise<CampaignDto> {
    const repo = this.campaigns(auth);
    const campaign = await repo.save(
      repo.create({
        name: dto.name,
        description: dto.description ?? null,
        objective: dto.objective,
        budget: normalizeMoney(dto.budget),
        deliverables: dto.deliverables.map((d) => ({ type: d.type, platform: d.platform, quantity: d.quantity })),
        targetTiers: dto.targetTiers ?? [],
        targetNiches: dto.targetNiches ?? [],
        minEngagement: dto.minEngagement ?? null,
        maxRate: dto.maxRate === undefined ? null : normalizeMoney(dto.maxRate),
        startDate: toDate(dto.startDate) ?? null,
        endDate: toDate(dto.endDate) ?? null,
        followUpDays: dto.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS,
        sendWindow: dto.sendWindow ? { ...dto.sendWindow } : null,
        followUpTemplateIds: await this.followUpTemplates(auth, dto.followUpTemplateIds ?? []),
        followUpWriter: dto.followUpWriter ?? 'templates',
        noResponseAfterDays: dto.noResponseAfterDays ?? DEFAULT_NO_RESPONSE_AFTER_DAYS,
        status: 'draft',
      }),
    );
    return this.present(auth, campaign);
  }

  async list(auth: AuthContext, query: CampaignListQueryDto): Promise<ListOf<'campaigns', CampaignDto>> {
    const qb = this.campaigns(auth).qb('c');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const { items, pagination } = await paginate(qb, query);
    const figures = await campaignFigures(this.tenancy, auth.storeId, items);
    return { campaigns: items.map((c) => toCampaignDto(c, figures.get(c.id)!)), pagination };
  }

  /** Every campaign's figures summed (members counted once per campaign they are in). */
  async summary(auth: AuthContext): Promise<CampaignSummaryDto> {
    const campaigns = await this.campaigns(auth).qb('c').select(['c.id', 'c.status', 'c.budget']).getMany();
    return summarize(campaigns, await campaignFigures(this.tenancy, auth.storeId, campaigns));
  }

  async get(auth: AuthContext, id: string): Promise<CampaignDto> {
    return this.present(auth, await this.campaigns(auth).get(id));
  }

  async update(auth: AuthContext, id: string, dto: UpdateCampaignDto): Promise<CampaignDto> {
    const repo = this.campaigns(auth);
    const campaign = await repo.get(id);
    const start = dto.startDate === undefined ? campaign.startDate : toDate(dto.startDate);
    const end = dto.endDate === undefined ? campaign.endDate : toDate(dto.endDate);
    if (start && end && end < start) throw new ValidationException([{ field: 'endDate', messages: ['endDate must not be before startDate'] }]);
    Object.assign(campaign, {
      ...dto,
      budget: dto.budget === undefined ? campaign.budget : normalizeMoney(dto.budget),
      maxRate: dto.maxRate === undefined ? campaign.maxRate : dto.maxRate === null ? null : normalizeMoney(dto.maxRate),
      startDate: start,
      endDate: end,
      sendWindow: dto.sendWindow === undefined ? campaign.sendWindow : dto.sendWindow && { ...dto.sendWindow },
      deliverables: dto.deliverables?.map((d) => ({ type: d.type, platform: d.platform, quantity: d.quantity })) ?? campaign.deliverables,
      followUpTemplateIds:
        dto.followUpTemplateIds === undefined ? campaign.followUpTemplateIds : await this.followUpTemplates(auth, dto.followUpTemplateIds ?? []),
      followUpWriter: dto.followUpWriter ?? campaign.followUpWriter,
      noResponseAfterDays: dto.noResponseAfterDays ?? campaign.noResponseAfterDays,
    });
    const saved = await repo.save(campaign);
    const policyChanged = ['followUpDays', 'sendWindow', 'noResponseAfterDays', 'followUpTemplateIds', 'followUpWriter'].some(
      (f) => dto[f as keyof UpdateCampaignDto] !== undefined,
    );
    if (policyChanged) this.events.emit(CAMPAIGN_FOLLOW_UPS_CHANGED, { storeId: auth.storeId, campaignId: id } satisfies CampaignFollowUpsChangedEvent);
    return this.present(auth, saved);
  }

  /** Follow-up templates by step: each one an email template of this store (any type), null for the default. */
  private async followUpTemplates(auth: AuthContext, ids: (string | null)[]): Promise<(string | null)[]> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return ids.map(() => null);
    const found = await this.tenancy.query<{ id: string; channel: string }>(
      auth.storeId,
      `SELECT id, channel FROM outreach_templates WHERE store_id = $1 AND id = ANY($2::uuid[])`,
      [wanted],
    );
    const channels = new Map(found.map((t) => [t.id, t.channel]));
    const problems = ids.flatMap((id, i) =>
      !id
        ? []
        : !channels.has(id)
          ? [`step ${i + 1}: no such template in this store`]
          : channels.get(id) !== 'email'
            ? [`step ${i + 1}: the template is for ${channels.get(id)}, follow-ups go by email`]
            : [],
    );
    if (problems.length) throw new ValidationException([{ field: 'followUpTemplateIds', messages: problems }]);
    return ids.map((id) => id ?? null);
  }

  /** Moves the campaign along draft→active→paused⇄active→completed, holding its row lock. */
  async changeStatus(auth: AuthContext, id: string, dto: ChangeStatusDto): Promise<CampaignDto> {
    const { campaign, from } = await this.tenancy.transaction(async (manager) => {
      const row = await this.campaigns(auth, manager).qb('c').andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!row) throw new NotFoundException('Campaign');
      const allowed = CAMPAIGN_TRANSITIONS[row.status];
      if (!allowed.includes(dto.status)) throw new InvalidTransitionException('Campaign', row.status, dto.status, allowed);
      const previous = row.status;
      row.status = dto.status;
      return { campaign: await manager.save(row), from: previous };
    });
    this.events.emit(CAMPAIGN_STATUS_CHANGED, { storeId: auth.storeId, campaignId: id, from, to: campaign.status } satisfies CampaignStatusChangedEvent);
    return this.present(auth, campaign);
  }

  async addMembers(auth: AuthContext, id: string, dto: AddMembersDto): Promise<AddMembersResult> {
    const ids = [...new Set(dto.influencerIds.map((i) => i.toLowerCase()))];
    return this.tenancy.transaction(async (manager) => {
      await this.campaigns(auth, manager).get(id);
      const found = await this.tenancy.repo(Influencer, auth.storeId, manager).findByIds(ids);
      if (found.length !== ids.length) {
        const known = new Set(found.map((i) => i.id));
        const missing = ids.filter((i) => !known.has(i));
        throw new NotFoundException(`Influencer${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
      }
      const inserted = await this.tenancy.query<{ id: string }>(
        auth.storeId,
        `INSERT INTO campaign_members (store_id, campaign_id, influencer_id)
         SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT (campaign_id, influencer_id) DO NOTHING RETURNING id`,
        [id, ids],
        manager,
      );
      return { added: inserted.length, alreadyMembers: ids.length - inserted.length };
    });
  }

  /** Members, newest first; with `suggest`, matching non-members ranked by engagement. */
  async members(auth: AuthContext, id: string, query: MembersQueryDto): Promise<ListOf<'influencers', CampaignMemberDto | InfluencerDto>> {
    const campaign = await this.campaigns(auth).get(id);
    const { page, perPage, offset } = pageOf(query);
    if (query.suggest) {
      const qb = applyInfluencerCriteria(this.tenancy.repo(Influencer, auth.storeId).qb('i'), 'i', {
        tiers: campaign.targetTiers,
        niches: campaign.targetNiches,
        minEngagement: campaign.minEngagement ?? undefined,
        maxRate: campaign.maxRate ?? undefined,
      })
        .andWhere('NOT EXISTS (SELECT 1 FROM campaign_members m WHERE m.influencer_id = i.id AND m.campaign_id = :campaignId)', { campaignId: id })
        .orderBy('i.engagementRate', 'DESC')
        .addOrderBy('i.followersCount', 'DESC')
        .addOrderBy('i.id', 'DESC')
        .skip(offset)
        .take(perPage);
      const [rows, total] = await qb.getManyAndCount();
      return { influencers: rows.map(toInfluencerDto), pagination: paginationOf(page, perPage, total) };
    }
    const qb = this.tenancy
      .repo(CampaignMember, auth.storeId)
      .qb('m')
      .andWhere('m.campaignId = :campaignId', { campaignId: id })
      .innerJoinAndSelect('m.influencer', 'i')
      .orderBy('m.createdAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .skip(offset)
      .take(perPage);
    const [rows, total] = await qb.getManyAndCount();
    return {
      influencers: rows.map((m) => ({ ...toInfluencerDto(m.influencer!), influencerId: m.influencerId, addedAt: m.createdAt.toISOString() })),
      pagination: paginationOf(page, perPage, total),
    };
  }

  private async present(auth: AuthContext, campaign: InfluencerCampaign): Promise<CampaignDto> {
    const figures = await campaignFigures(this.tenancy, auth.storeId, [campaign]);
    return toCampaignDto(campaign, figures.get(campaign.id)!);
  }

  private campaigns(auth: AuthContext, manager?: EntityManager) {
    return this.tenancy.repo(InfluencerCampaign, auth.storeId, manager);
  }
}
