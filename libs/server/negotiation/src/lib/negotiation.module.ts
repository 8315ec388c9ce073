import { Module } from '@nestjs/common';
import { TemplatesModule } from '@parley/server-templates';
import { CampaignBudget } from './budget';
import { CounterDraftController } from './counter-draft.controller';
import { CounterDraftService } from './counter-draft.service';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';
import { RateCardsController } from './rate-cards.controller';
import { RateCardsService } from './rate-cards.service';

/** Rates and negotiation: rate cards, suggested rates, offers and the campaign budget they reserve, drafted counters. */
@Module({
  imports: [TemplatesModule],
  controllers: [RateCardsController, OffersController, CounterDraftController],
  providers: [RateCardsService, OffersService, CampaignBudget, CounterDraftService],
  exports: [RateCardsService, OffersService, CampaignBudget],
})
export class NegotiationModule {}
