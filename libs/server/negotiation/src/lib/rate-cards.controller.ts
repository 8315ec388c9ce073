import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, ParseIdPipe, ValidationException, type AuthContext } from '@parley/server-core';
import { PLATFORMS, type Platform, type RateCardDto, type SuggestedRateDto } from '@parley/shared-types';
import { SuggestedRateQueryDto, UpdateRateCardsDto } from './rate-cards.dto';
import { RateCardsService } from './rate-cards.service';
import type { RatedDeliverable } from './suggest-rate';

const RATE_CARD_EXAMPLE: RateCardDto = { platform: 'instagram', tier: 'micro', deliverableType: 'reel', min: '325.00', typical: '650.00', max: '1300.00', custom: false };
const SUGGESTED_EXAMPLE: SuggestedRateDto = {
  low: '780.00',
  typical: '1560.00',
  high: '3120.00',
  basis: 'micro rate card: 2 × Instagram reel at $650 typical (default card); engagement 3.6% against the micro norm of 2.5% → ×1.2.',
  tier: 'micro',
  engagementFactor: 1.2,
  items: [{ type: 'reel', platform: 'instagram', quantity: 2, pricedAs: 'reel', low: '780.00', typical: '1560.00', high: '3120.00' }],
};

/** `?deliverables=` as JSON: a list of {type, platform, quantity}, each checked; errors name the field. */
function parseDeliverables(raw: string | undefined): RatedDeliverable[] | null {
  if (raw === undefined || raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ValidationException([{ field: 'deliverables', messages: ['deliverables must be JSON: a list of {type, platform, quantity}'] }]);
  }
  if (!Array.isArray(value) || value.length > 50) throw new ValidationException([{ field: 'deliverables', messages: ['deliverables must be a list of at most 50 {type, platform, quantity}'] }]);
  return value.map((d: Record<string, unknown>, i) => {
    const type = typeof d?.type === 'string' ? d.type.trim().toLowerCase() : '';
    const messages = [
      ...(/^[a-z][a-z0-9_ -]{0,39}$/.test(type) ? [] : ['type must be a short word such as post, story, reel or video']),
      ...((PLATFORMS as readonly unknown[]).includes(d?.platform) ? [] : [`platform must be one of ${PLATFORMS.join(', ')}`]),
      ...(Number.isInteger(d?.quantity) && (d.quantity as number) >= 1 && (d.quantity as number) <= 100 ? [] : ['quantity must be a whole number from 1 to 100']),
    ];
    if (messages.length) throw new ValidationException([{ field: `deliverables.${i}`, messages }]);
    return { type, platform: d.platform as Platform, quantity: d.quantity as number };
  });
}

@ApiTags('Negotiation')
@ApiBearerAuth()
@Controller()
export class RateCardsController {
  constructor(private readonly rates: RateCardsService) {}

  @Get('rate-cards')
  @ApiOperation({ summary: "The store's rate cards: every platform × tier × deliverable type with {min, typical, max}, its own figures over Parley's defaults (`custom`)" })
  @ApiOkResponse({ schema: { example: { success: true, data: { rateCards: [RATE_CARD_EXAMPLE] } } } })
  async list(@Auth() auth: AuthContext): Promise<{ rateCards: RateCardDto[] }> {
    return { rateCards: await this.rates.list(auth.storeId) };
  }

  @Put('rate-cards')
  @ApiOperation({ summary: 'Set rows of the rate cards (the others keep their figures); each row min ≤ typical ≤ max' })
  @ApiOkResponse({ schema: { example: { success: true, data: { rateCards: [{ ...RATE_CARD_EXAMPLE, custom: true }] } } } })
  @ApiUnprocessableEntityResponse({ description: 'A row is invalid (its index named) or listed twice' })
  async update(@Auth() auth: AuthContext, @Body() dto: UpdateRateCardsDto): Promise<{ rateCards: RateCardDto[] }> {
    return { rateCards: await this.rates.update(auth, dto.rateCards) };
  }

  @Delete('rate-cards')
  @ApiOperation({ summary: "Back to Parley's default rate cards" })
  @ApiOkResponse({ schema: { example: { success: true, data: { rateCards: [RATE_CARD_EXAMPLE] } } } })
  async reset(@Auth() auth: AuthContext): Promise<{ rateCards: RateCardDto[] }> {
    return { rateCards: await this.rates.reset(auth) };
  }

  @Get('influencers/:id/suggested-rate')
  @ApiOperation({
    summary: 'What this influencer should cost for the deliverables: the rate card for their tier, adjusted by engagement against the tier norm',
    description: '`deliverables` is JSON, e.g. `[{"type":"reel","platform":"instagram","quantity":2}]`; without it, one piece of their platform\'s main format. Answers `{low, typical, high, basis}` and the items.',
  })
  @ApiOkResponse({ schema: { example: { success: true, data: SUGGESTED_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such influencer in this store' })
  suggested(@Auth() auth: AuthContext, @Param('id', new ParseIdPipe('Influencer')) id: string, @Query() query: SuggestedRateQueryDto): Promise<SuggestedRateDto> {
    return this.rates.suggest(auth, id, parseDeliverables(query.deliverables));
  }
}
