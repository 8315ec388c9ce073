export { NegotiationModule } from './lib/negotiation.module';
export { RateCardsService } from './lib/rate-cards.service';
export { suggestRate, engagementFactor } from './lib/suggest-rate';
export { defaultRate, ENGAGEMENT_NORMS, MAIN_FORMAT } from './lib/default-rates';
export { OffersService } from './lib/offers.service';
export { CampaignBudget, type BudgetSource } from './lib/budget';
