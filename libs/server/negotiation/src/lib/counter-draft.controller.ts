import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, ParseIdPipe, type AuthContext } from '@parley/server-core';
import type { CounterDraftDto } from '@parley/shared-types';
import { CounterDraftRequestDto } from './counter-draft.dto';
import { CounterDraftService } from './counter-draft.service';

const COUNTER_DRAFT_EXAMPLE: CounterDraftDto = {
  subject: 'Re: your rate for Spring trail launch',
  body: 'Hi Maya,\n\nThank you for sending your rate of $1,200.00 for 1 Instagram reel, and for being clear about it.\n\nWe price every collaboration from the same rate card, so it stays fair across the creators we work with. For this work it puts the fee at $390.00–$1,560.00, typically $780.00, based on our rates for micro creators with 10K–100K followers, raised 20% for your 3.6% engagement where 2.5% is typical.\n\nWith that in mind, we can offer $780.00 for Spring trail launch. …',
  amount: '780.00',
  currency: 'USD',
  amountSource: 'typical',
  basis: 'micro rate card: 1 × Instagram reel at $650 typical (default card); engagement 3.6% against the micro norm of 2.5% → ×1.2.',
  writer: 'offline',
  rateCard: { low: '390.00', typical: '780.00', high: '1560.00' },
  ask: { offerId: '2f6c1e0a-7b3d-4c5e-9f8a-1b2c3d4e5f60', amount: '1200.00', currency: 'USD' },
  deliverables: [{ type: 'reel', platform: 'instagram', quantity: 1 }],
  channel: 'email',
  warnings: [],
};

/** Registered before the outreach controller, whose /influencer/outreach/:id would otherwise take /offers/…. */
@ApiTags('Negotiation')
@ApiBearerAuth()
@Controller('influencer/outreach')
export class CounterDraftController {
  constructor(private readonly counters: CounterDraftService) {}

  @Post(':id/offers/counter-draft')
  @HttpCode(200)
  @ApiOperation({
    summary: "Draft the brand's counter to the creator's open offer, citing the rate card (nothing is sent, no offer is recorded)",
    description:
      "The amount is the body's, else the creator's suggested typical rate for the deliverables (the open ask's, else the body's, the campaign's or one piece of the main format), lowered to the campaign's maxRate and to the ask when those are less. " +
      'The message is written by the configured language model (`writer: ai`, which must state the amount and the rate card range, else it falls back), or rendered from the store’s `negotiation_counter` template for the outreach’s channel (`template` when asked for, `offline` without a model or when it failed). 409 once an offer was accepted.',
  })
  @ApiOkResponse({ schema: { example: { success: true, data: COUNTER_DRAFT_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such outreach in this store' })
  @ApiConflictResponse({ description: 'An offer of this negotiation was accepted' })
  @ApiUnprocessableEntityResponse({ description: 'Invalid fields, each named' })
  draft(@Auth() auth: AuthContext, @Param('id', new ParseIdPipe('Outreach')) id: string, @Body() dto: CounterDraftRequestDto): Promise<CounterDraftDto> {
    return this.counters.draft(auth, id, dto);
  }
}
