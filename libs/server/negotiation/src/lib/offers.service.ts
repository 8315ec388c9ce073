import { Injectable } from '@nestjs/common';
import { ConflictException, NotFoundException, Tenancy, type AuthContext } from '@parley/server-core';
import { InfluencerCampaign, InfluencerOutreach, Offer } from '@parley/server-data';
import { compareMoney, fromCents, normalizeMoney, tierOf, toCents, type OfferDto, type OfferFlag, type OfferStatus } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';
import { CampaignBudget } from './budget';
import type { CreateOfferDto } from './offers.dto';
import { RateCardsService } from './rate-cards.service';
import { pricedAs } from './suggest-rate';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toOfferDto(o: Offer): OfferDto {
  return {
    id: o.id,
    outreachId: o.outreachId,
    campaignId: o.campaignId,
    influencerId: o.influencerId,
    amount: o.amount,
    currency: o.currency,
    compensationType: o.compensationType,
    deliverables: o.deliverables,
    note: o.note,
    from: o.from,
    status: o.status,
    flags: o.flags,
    createdAt: o.createdAt.toISOString(),
    decidedAt: iso(o.decidedAt),
  };
}

/**
 * The negotiation of an outreach: offers and counter-offers (oldest first), accepting one (its amount
 * reserved against the campaign budget in the same transaction, the others superseded), rejecting,
 * cancelling an accepted one (its amount released) and walking away. The outreach carries the state.
 */
@Injectable()
export class OffersService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly budget: CampaignBudget,
    private readonly rates: RateCardsService,
  ) {}

  async list(auth: AuthContext, outreachId: string): Promise<OfferDto[]> {
    await this.tenancy.repo(InfluencerOutreach, auth.storeId).get(outreachId);
    const offers = await this.tenancy.repo(Offer, auth.storeId).qb('f').andWhere('f.outreachId = :outreachId', { outreachId }).orderBy('f.createdAt', 'ASC').addOrderBy('f.id').getMany();
    return offers.map(toOfferDto);
  }

  async create(auth: AuthContext, outreachId: string, dto: CreateOfferDto): Promise<OfferDto> {
    const outreach = await this.tenancy.repo(InfluencerOutreach, auth.storeId).qb('o').leftJoinAndSelect('o.influencer', 'i').andWhere('o.id = :id', { id: outreachId }).getOne();
    if (!outreach) throw new NotFoundException('Outreach');
    if (outreach.negotiationState === 'agreed') throw new ConflictException('An offer was already accepted in this negotiation: cancel it first to negotiate again', { negotiationState: 'agreed' });
    const amount = normalizeMoney(dto.amount);
    const flags = await this.flagsOf(auth, outreach, amount, dto);
    const offer = await this.tenancy.transaction(async (manager) => {
      const saved = await this.tenancy.repo(Offer, auth.storeId, manager).save(
        Object.assign(new Offer(), {
          storeId: auth.storeId,
          outreachId,
          campaignId: outreach.campaignId,
          influencerId: outreach.influencerId,
          amount,
          currency: dto.currency ?? 'USD',
          compensationType: dto.compensationType,
          deliverables: dto.deliverables.map((d) => ({ type: d.type, platform: d.platform, quantity: d.quantity })),
          note: dto.note?.trim() || null,
          from: dto.from,
          status: 'open' as OfferStatus,
          flags,
          createdBy: auth.userId,
        }),
      );
      await this.setState(auth.storeId, outreachId, 'open', manager);
      await this.event(auth.storeId, outreachId, 'offer_made', { offerId: saved.id, amount, currency: saved.currency, from: dto.from, flags }, manager);
      return saved;
    });
    return toOfferDto(offer);
  }

  /** Accepts an open offer: its amount is reserved against the campaign's budget (409 when it does not fit), the other open offers are superseded. */
  async accept(auth: AuthContext, offerId: string): Promise<OfferDto> {
    const offer = await this.tenancy.transaction(async (manager) => {
      const o = await this.locked(auth.storeId, offerId, manager);
      if (o.status !== 'open') throw new ConflictException(`The offer is ${o.status}: only an open offer can be accepted`, { status: o.status });
      if (o.campaignId) await this.budget.reserve(auth.storeId, o.campaignId, { type: 'offer', id: o.id }, o.amount, manager);
      await this.tenancy.query(
        auth.storeId,
        `UPDATE offers SET status = CASE WHEN id = $2 THEN 'accepted' ELSE 'superseded' END, decided_at = now(), decided_by = $4, updated_at = now()
          WHERE store_id = $1 AND outreach_id = $3 AND (id = $2 OR status = 'open')`,
        [o.id, o.outreachId, auth.userId],
        manager,
      );
      await this.setState(auth.storeId, o.outreachId, 'agreed', manager);
      await this.event(auth.storeId, o.outreachId, 'offer_accepted', { offerId: o.id, amount: o.amount, currency: o.currency }, manager);
      return this.tenancy.repo(Offer, auth.storeId, manager).get(o.id);
    });
    return toOfferDto(offer);
  }

  async reject(auth: AuthContext, offerId: string): Promise<OfferDto> {
    return this.decide(auth, offerId, 'open', 'rejected', 'offer_rejected');
  }

  /** Withdraws an accepted offer: its reservation is released and the negotiation is open again. */
  async cancel(auth: AuthContext, offerId: string): Promise<OfferDto> {
    return this.decide(auth, offerId, 'accepted', 'cancelled', 'offer_cancelled');
  }

  /** The brand walks away: open offers are rejected (an accepted one must be cancelled first). */
  async walkAway(auth: AuthContext, outreachId: string, note?: string): Promise<void> {
    await this.tenancy.transaction(async (manager) => {
      const outreach = await this.tenancy.repo(InfluencerOutreach, auth.storeId, manager).qb('o').andWhere('o.id = :id', { id: outreachId }).setLock('pessimistic_write').getOne();
      if (!outreach) throw new NotFoundException('Outreach');
      if (outreach.negotiationState === 'agreed') throw new ConflictException('An offer was accepted: cancel it before walking away', { negotiationState: 'agreed' });
      await this.tenancy.query(auth.storeId, `UPDATE offers SET status = 'rejected', decided_at = now(), decided_by = $3, updated_at = now() WHERE store_id = $1 AND outreach_id = $2 AND status = 'open'`, [outreachId, auth.userId], manager);
      await this.setState(auth.storeId, outreachId, 'walked_away', manager);
      await this.event(auth.storeId, outreachId, 'walked_away', { by: auth.email, ...(note ? { note } : {}) }, manager);
    });
  }

  private async decide(auth: AuthContext, offerId: string, from: OfferStatus, to: OfferStatus, event: 'offer_rejected' | 'offer_cancelled'): Promise<OfferDto> {
    const offer = await this.tenancy.transaction(async (manager) => {
      const o = await this.locked(auth.storeId, offerId, manager);
      if (o.status !== from) throw new ConflictException(`The offer is ${o.status}: only ${from === 'open' ? 'an open' : 'an accepted'} offer can be ${to}`, { status: o.status });
      await this.tenancy.query(auth.storeId, `UPDATE offers SET status = $3, decided_at = now(), decided_by = $4, updated_at = now() WHERE store_id = $1 AND id = $2`, [o.id, to, auth.userId], manager);
      if (to === 'cancelled') {
        await this.budget.release(auth.storeId, { type: 'offer', id: o.id }, manager);
        await this.setState(auth.storeId, o.outreachId, 'open', manager);
      }
      await this.event(auth.storeId, o.outreachId, event, { offerId: o.id, amount: o.amount, currency: o.currency }, manager);
      return this.tenancy.repo(Offer, auth.storeId, manager).get(o.id);
    });
    return toOfferDto(offer);
  }

  private async locked(storeId: string, offerId: string, manager: EntityManager): Promise<Offer> {
    const o = await this.tenancy.repo(Offer, storeId, manager).qb('f').andWhere('f.id = :offerId', { offerId }).setLock('pessimistic_write').getOne();
    if (!o) throw new NotFoundException('Offer');
    return o;
  }

  /** Above the campaign's maxRate, above the rate card's max for the deliverables (the creator's tier). */
  private async flagsOf(auth: AuthContext, outreach: InfluencerOutreach, amount: string, dto: CreateOfferDto): Promise<OfferFlag[]> {
    const flags: OfferFlag[] = [];
    const campaign = outreach.campaignId ? await this.tenancy.repo(InfluencerCampaign, auth.storeId).findOne(outreach.campaignId) : null;
    if (campaign?.maxRate && compareMoney(amount, campaign.maxRate) > 0) flags.push('above_max_rate');
    if (outreach.influencer && dto.deliverables.length && dto.compensationType !== 'commission' && dto.compensationType !== 'product') {
      const cards = await this.rates.list(auth.storeId);
      const tier = tierOf(outreach.influencer.followersCount);
      const max = dto.deliverables.reduce((sum, d) => {
        const row = cards.find((c) => c.platform === d.platform && c.tier === tier && c.deliverableType === pricedAs(d.type, d.platform))!;
        return sum + toCents(row.max) * BigInt(d.quantity);
      }, 0n);
      if (compareMoney(amount, fromCents(max)) > 0) flags.push('above_rate_card');
    }
    return flags;
  }

  private async setState(storeId: string, outreachId: string, state: 'open' | 'agreed' | 'walked_away', manager: EntityManager): Promise<void> {
    await this.tenancy.query(storeId, `UPDATE influencer_outreach SET negotiation_state = $3, updated_at = now() WHERE store_id = $1 AND id = $2`, [outreachId, state], manager);
  }

  private async event(storeId: string, outreachId: string, type: string, data: Record<string, unknown>, manager: EntityManager): Promise<void> {
    await this.tenancy.query(storeId, `INSERT INTO outreach_events (store_id, outreach_id, type, at, data) VALUES ($1, $2, $3, now(), $4::jsonb)`, [outreachId, type, JSON.stringify(data)], manager);
  }
}
