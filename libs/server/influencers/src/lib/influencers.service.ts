import { Injectable } from '@nestjs/common';
import { AlreadyExistsException, Tenancy, paginate, type AuthContext } from '@parley/server-core';
import { Influencer } from '@parley/server-data';
import { normalizeMoney, type InfluencerDto, type ListOf } from '@parley/shared-types';
import { QueryFailedError } from 'typeorm';
import { CreateInfluencerDto, InfluencerListQueryDto, UpdateInfluencerDto } from './influencer.dto';
import { applyInfluencerCriteria } from './influencer.filters';
import { toInfluencerDto } from './influencer.serializer';

const isUniqueViolation = (e: unknown) => e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';

@Injectable()
export class InfluencersService {
  constructor(private readonly tenancy: Tenancy) {}

  async list(auth: AuthContext, query: InfluencerListQueryDto): Promise<ListOf<'influencers', InfluencerDto>> {
    const qb = applyInfluencerCriteria(this.repo(auth).qb('i'), 'i', {
      q: query.q,
      platform: query.platform,
      tiers: query.tier ? [query.tier] : undefined,
      niches: query.niche ? [query.niche] : undefined,
      minEngagement: query.minEngagement,
      maxRate: query.maxRate,
      campaignId: query.campaignId,
    });
    // A search lists the exact handle first, then handles starting with the text, then the rest.
    const rank = query.q?.trim()
      ? `CASE WHEN lower(i.username) = :exact THEN 0 WHEN lower(i.username) LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END`
      : undefined;
    if (rank) {
      const term = query.q!.trim().replace(/^@/, '').toLowerCase();
      qb.setParameters({ exact: term, prefix: `${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    const { items, pagination } = await paginate(qb, query, rank);
    return { influencers: items.map(toInfluencerDto), pagination };
  }

  async get(auth: AuthContext, id: string): Promise<InfluencerDto> {
    return toInfluencerDto(await this.repo(auth).get(id));
  }

  async create(auth: AuthContext, dto: CreateInfluencerDto): Promise<InfluencerDto> {
    const repo = this.repo(auth);
    const entity = repo.create({ ...dto, typicalRate: dto.typicalRate === undefined ? null : normalizeMoney(dto.typicalRate) });
    try {
      return toInfluencerDto(await repo.save(entity));
    } catch (error) {
      if (isUniqueViolation(error)) throw new AlreadyExistsException(`@${dto.username} on ${dto.platform} is already in your list`);
      throw error;
    }
  }

  async update(auth: AuthContext, id: string, dto: UpdateInfluencerDto): Promise<InfluencerDto> {
    const repo = this.repo(auth);
    const entity = await repo.get(id);
    Object.assign(entity, dto);
    if (typeof dto.typicalRate === 'string') entity.typicalRate = normalizeMoney(dto.typicalRate);
    try {
      return toInfluencerDto(await repo.save(entity));
    } catch (error) {
      if (isUniqueViolation(error)) throw new AlreadyExistsException(`@${entity.username} on ${entity.platform} is already in your list`);
      throw error;
    }
  }

  async remove(auth: AuthContext, id: string): Promise<{ id: string; deleted: true }> {
    await this.repo(auth).delete(id);
    return { id, deleted: true };
  }

  private repo(auth: AuthContext) {
    return this.tenancy.repo(Influencer, auth.storeId);
  }
}
