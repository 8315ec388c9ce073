import { Module } from '@nestjs/common';
import { AuthModule } from '@parley/server-auth';
import { CampaignsModule } from '@parley/server-campaigns';
import { InfluencersModule } from '@parley/server-influencers';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [AuthModule, InfluencersModule, CampaignsModule],
  providers: [DemoSeeder],
})
export class DemoModule {}
