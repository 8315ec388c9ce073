import { Injectable } from '@nestjs/common';
import { ConflictException, NotFoundException, Tenancy, type AuthContext } from '@parley/server-core';
import { InfluencerCampaign, InfluencerOutreach, Offer } from '@parley/server-data';
import { CounterWriter, RenderSubjectLoader } from '@parley/server-templates';
import { normalizeMoney, type CounterDraftDto, type Deliverable } from '@parley/shared-types';
import { creatorBasis, proposeCounter } from './counter-draft';
import type { CounterDraftRequestDto } from './counter-draft.dto';
import { RateCardsService } from './rate-cards.service';

/**
 * Drafts the brand's counter to the creator's open offer: the amount (given, or proposed from the
 * suggested rate within the campaign's maxRate and the ask) and a message citing the rate card,
 * written by the language model or the store's negotiation_counter template. Nothing is sent and no
 * offer is recorded: the team edits the text, records the offer and sends the reply themselves.
 */
@Injectable()
export class CounterDraftService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly rates: RateCardsService,
    private readonly subjects: RenderSubjectLoader,
    private readonly writer: CounterWriter,
  ) {}

  async draft(auth: AuthContext, outreachId: string, dto: CounterDraftRequestDto): Promise<CounterDraftDto> {
    const outreach = await this.tenancy.repo(InfluencerOutreach, auth.storeId).findOne(outreachId);
    if (!outreach) throw new NotFoundException('Outreach');
    if (outreach.negotiationState === 'agreed')
      throw new ConflictException('An offer was already accepted in this negotiation: cancel it first to counter again', { negotiationState: 'agreed' });

    const ask = await this.tenancy
      .repo(Offer, auth.storeId)
      .qb('f')
      .andWhere('f.outreachId = :outreachId', { outreachId })
      .andWhere(`f.status = 'open'`)
      .andWhere(`f.from = 'influencer'`)
      .orderBy('f.createdAt', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .getOne();
    const subject = await this.subjects.load(auth, outreach.influencerId, outreach.campaignId);
    const campaign = subject.campaign ?? null;
    const deliverables: Deliverable[] = (
      dto.deliverables?.length ? dto.deliverables : ask?.deliverables.length ? ask.deliverables : (campaign?.deliverables ?? [])
    ).map((d) => ({
      type: d.type,
      platform: d.platform,
      quantity: d.quantity,
    }));
    const rate = await this.rates.suggest(auth, outreach.influencerId, deliverables.length ? deliverables : null);
    const priced: Deliverable[] = rate.items.map((i) => ({ type: i.type, platform: i.platform, quantity: i.quantity }));

    const currency = dto.currency ?? ask?.currency ?? 'USD';
    const maxRate = outreach.campaignId ? ((await this.tenancy.repo(InfluencerCampaign, auth.storeId).findOne(outreach.campaignId))?.maxRate ?? null) : null;
    const counter = dto.amount
      ? { amount: normalizeMoney(dto.amount), source: 'request' as const }
      : proposeCounter({ typical: rate.typical, maxRate, ask: ask && { amount: ask.amount, currency: ask.currency }, currency });

    const text = await this.writer.draft(subject, {
      channel: outreach.channel,
      amount: counter.amount,
      writer: dto.writer,
      negotiation: {
        currency,
        askAmount: ask?.amount ?? null,
        rateLow: rate.low,
        rateTypical: rate.typical,
        rateHigh: rate.high,
        rateBasis: creatorBasis(rate, { platform: subject.creator.platform, engagementRate: Number(subject.creator.engagementRate) }),
        deliverables: priced,
      },
    });
    return {
      subject: text.subject,
      body: text.body,
      amount: counter.amount,
      currency,
      amountSource: counter.source,
      basis: rate.basis,
      writer: text.writer,
      rateCard: { low: rate.low, typical: rate.typical, high: rate.high },
      ask: ask ? { offerId: ask.id, amount: ask.amount, currency: ask.currency } : null,
      deliverables: priced,
      channel: outreach.channel,
      warnings: text.warnings,
    };
  }
}
