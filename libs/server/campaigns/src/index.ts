export { CampaignsModule } from './lib/campaigns.module';
export { CampaignsService } from './lib/campaigns.service';
