import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, ParseIdPipe, type AuthContext } from '@parley/server-core';
import type { OfferDto } from '@parley/shared-types';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CreateOfferDto } from './offers.dto';
import { OffersService } from './offers.service';

const outreachId = new ParseIdPipe('Outreach');
const offerId = new ParseIdPipe('Offer');

class WalkAwayDto {
  @ApiPropertyOptional({ example: 'Rate far above what the campaign can pay' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  note?: string;
}

const OFFER_EXAMPLE: OfferDto = {
  id: '2f6c1e0a-7b3d-4c5e-9f8a-1b2c3d4e5f60',
  outreachId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  campaignId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  influencerId: '5d1c9a7e-2b3f-4c6d-8e9f-0a1b2c3d4e5f',
  amount: '1200.00',
  currency: 'USD',
  compensationType: 'flat_fee',
  deliverables: [{ type: 'reel', platform: 'instagram', quantity: 1 }],
  note: 'My usual rate',
  from: 'influencer',
  status: 'open',
  flags: ['above_rate_card'],
  createdAt: '2026-11-30T09:00:00.000Z',
  decidedAt: null,
};

/** Registered before the outreach controller, whose /influencer/outreach/:id would otherwise take /offers/…. */
@ApiTags('Negotiation')
@ApiBearerAuth()
@Controller('influencer/outreach')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Post(':id/offers')
  @ApiOperation({
    summary: 'Record an offer or counter-offer (by the brand or the influencer)',
    description: 'Flagged `above_max_rate` when above the campaign\'s maxRate and `above_rate_card` when above the rate card\'s max for its deliverables. 409 once an offer of this negotiation was accepted.',
  })
  @ApiCreatedResponse({ schema: { example: { success: true, data: OFFER_EXAMPLE } } })
  @ApiUnprocessableEntityResponse({ description: 'Invalid fields, each named' })
  create(@Auth() auth: AuthContext, @Param('id', outreachId) id: string, @Body() dto: CreateOfferDto): Promise<OfferDto> {
    return this.offers.create(auth, id, dto);
  }

  @Get(':id/offers')
  @ApiOperation({ summary: 'The offer history of the negotiation, oldest first' })
  @ApiOkResponse({ schema: { example: { success: true, data: { offers: [OFFER_EXAMPLE] } } } })
  @ApiNotFoundResponse({ description: 'No such outreach in this store' })
  async list(@Auth() auth: AuthContext, @Param('id', outreachId) id: string): Promise<{ offers: OfferDto[] }> {
    return { offers: await this.offers.list(auth, id) };
  }

  @Post(':id/offers/walk-away')
  @HttpCode(200)
  @ApiOperation({ summary: 'End the negotiation: open offers are rejected and the state becomes walked_away' })
  @ApiOkResponse({ schema: { example: { success: true, data: { negotiationState: 'walked_away' } } } })
  async walkAway(@Auth() auth: AuthContext, @Param('id', outreachId) id: string, @Body() dto: WalkAwayDto): Promise<{ negotiationState: 'walked_away' }> {
    await this.offers.walkAway(auth, id, dto.note?.trim() || undefined);
    return { negotiationState: 'walked_away' };
  }

  @Post('offers/:offerId/accept')
  @HttpCode(200)
  @ApiOperation({ summary: "Accept an open offer: its amount is reserved against the campaign's budget in the same transaction (409 BUDGET_EXCEEDED when it does not fit); the negotiation's other open offers are superseded" })
  @ApiOkResponse({ schema: { example: { success: true, data: { ...OFFER_EXAMPLE, status: 'accepted', decidedAt: '2026-11-30T10:00:00.000Z' } } } })
  @ApiConflictResponse({ schema: { example: { success: false, error: { code: 'BUDGET_EXCEEDED', message: "4500.00 does not fit the campaign's remaining budget of 4000.00 (budget 5000.00, 1000.00 already reserved)" } } } })
  accept(@Auth() auth: AuthContext, @Param('offerId', offerId) id: string): Promise<OfferDto> {
    return this.offers.accept(auth, id);
  }

  @Post('offers/:offerId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject an open offer (the budget is not touched)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { ...OFFER_EXAMPLE, status: 'rejected' } } } })
  reject(@Auth() auth: AuthContext, @Param('offerId', offerId) id: string): Promise<OfferDto> {
    return this.offers.reject(auth, id);
  }

  @Post('offers/:offerId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw an accepted offer: its reservation is released and the negotiation is open again' })
  @ApiOkResponse({ schema: { example: { success: true, data: { ...OFFER_EXAMPLE, status: 'cancelled' } } } })
  cancel(@Auth() auth: AuthContext, @Param('offerId', offerId) id: string): Promise<OfferDto> {
    return this.offers.cancel(auth, id);
  }
}
