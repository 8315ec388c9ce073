import { Injectable } from '@nestjs/common';
import { NotFoundException, Tenancy, ValidationException, type AuthContext } from '@parley/server-core';
import { Influencer, RateCard } from '@parley/server-data';
import { PLATFORMS, RATE_DELIVERABLE_TYPES, TIERS, compareMoney, normalizeMoney, tierOf, type Platform, type RateCardDto, type RateDeliverableType, type SuggestedRateDto, type Tier } from '@parley/shared-types';
import { MAIN_FORMAT, defaultRate } from './default-rates';
import { suggestRate, type RatedDeliverable } from './suggest-rate';
import type { RateCardRowDto } from './rate-cards.dto';

const keyOf = (platform: Platform, tier: Tier, type: RateDeliverableType) => `${platform}|${tier}|${type}`;
const money = (dollars: number) => `${dollars}.00`;

/** The store's rate cards (its own rows over Parley's defaults) and the rates suggested from them. */
@Injectable()
export class RateCardsService {
  constructor(private readonly tenancy: Tenancy) {}

  /** Every platform × tier × deliverable type, the store's figure where it set one. */
  async list(storeId: string): Promise<RateCardDto[]> {
    const own = new Map((await this.tenancy.repo(RateCard, storeId).qb('r').getMany()).map((r) => [keyOf(r.platform, r.tier, r.deliverableType), r]));
    return PLATFORMS.flatMap((platform) =>
      TIERS.flatMap((tier) =>
        RATE_DELIVERABLE_TYPES.map((deliverableType): RateCardDto => {
          const row = own.get(keyOf(platform, tier, deliverableType));
          if (row) return { platform, tier, deliverableType, min: row.min, typical: row.typical, max: row.max, custom: true };
          const d = defaultRate(platform, tier, deliverableType);
          return { platform, tier, deliverableType, min: money(d.min), typical: money(d.typical), max: money(d.max), custom: false };
        }),
      ),
    );
  }

  /** Sets the given rows (the others keep their figures); each must read min ≤ typical ≤ max. */
  async update(auth: AuthContext, rows: RateCardRowDto[]): Promise<RateCardDto[]> {
    const problems = rows.flatMap((r, i) =>
      compareMoney(r.min, r.typical) > 0 || compareMoney(r.typical, r.max) > 0 ? [{ field: `rateCards.${i}`, messages: [`${r.platform} ${r.tier} ${r.deliverableType}: min ≤ typical ≤ max`] }] : [],
    );
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const key = keyOf(r.platform, r.tier, r.deliverableType);
      if (seen.has(key)) problems.push({ field: `rateCards.${i}`, messages: [`${r.platform} ${r.tier} ${r.deliverableType} is listed twice`] });
      seen.add(key);
    });
    if (problems.length) throw new ValidationException(problems);
    if (rows.length) {
      await this.tenancy.query(
        auth.storeId,
        `INSERT INTO rate_cards (store_id, platform, tier, deliverable_type, min, typical, max)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::numeric[], $6::numeric[], $7::numeric[])
         ON CONFLICT (store_id, platform, tier, deliverable_type) DO UPDATE SET min = excluded.min, typical = excluded.typical, max = excluded.max, updated_at = now()`,
        [rows.map((r) => r.platform), rows.map((r) => r.tier), rows.map((r) => r.deliverableType), rows.map((r) => normalizeMoney(r.min)), rows.map((r) => normalizeMoney(r.typical)), rows.map((r) => normalizeMoney(r.max))],
      );
    }
    return this.list(auth.storeId);
  }

  /** Back to the defaults: the store's own rows are deleted. */
  async reset(auth: AuthContext): Promise<RateCardDto[]> {
    await this.tenancy.query(auth.storeId, `DELETE FROM rate_cards WHERE store_id = $1`);
    return this.list(auth.storeId);
  }

  /** What an influencer should cost for these deliverables (default: one piece of their platform's main format). */
  async suggest(auth: AuthContext, influencerId: string, deliverables: RatedDeliverable[] | null): Promise<SuggestedRateDto> {
    const influencer = await this.tenancy.repo(Influencer, auth.storeId).findOne(influencerId);
    if (!influencer) throw new NotFoundException('Influencer');
    const cards = new Map((await this.list(auth.storeId)).map((c) => [keyOf(c.platform, c.tier, c.deliverableType), c]));
    return suggestRate({
      tier: tierOf(influencer.followersCount),
      platform: influencer.platform,
      engagementRate: Number(influencer.engagementRate),
      deliverables: deliverables?.length ? deliverables : [{ type: MAIN_FORMAT[influencer.platform], platform: influencer.platform, quantity: 1 }],
      card: (platform, tier, type) => cards.get(keyOf(platform, tier, type))!,
    });
  }
}
