export { CampaignsModule } from './lib/campaigns.module';
export { CampaignsService } from './lib/campaigns.service';
export { DeliverableDto } from './lib/campaign.dto';
export { campaignFigures, OUTREACH_COUNTS } from './lib/campaign-stats';
