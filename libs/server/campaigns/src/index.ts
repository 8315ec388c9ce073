export { CampaignsModule } from './lib/campaigns.module';
export { CampaignsService } from './lib/campaigns.service';
export { DeliverableDto } from './lib/campaign.dto';
export { campaignFigures } from './lib/campaign-stats';
