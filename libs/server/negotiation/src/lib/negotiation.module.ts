import { Module } from '@nestjs/common';
import { CampaignBudget } from './budget';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';
import { RateCardsController } from './rate-cards.controller';
import { RateCardsService } from './rate-cards.service';

/** Rates and negotiation: rate cards, suggested rates, offers and the campaign budget they reserve. */
@Module({
  controllers: [RateCardsController, OffersController],
  providers: [RateCardsService, OffersService, CampaignBudget],
  exports: [RateCardsService, OffersService, CampaignBudget],
})
export class NegotiationModule {}
