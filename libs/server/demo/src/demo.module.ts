import { Module } from '@nestjs/common';
import { AuthModule } from '@parley/server-auth';
import { CampaignsModule } from '@parley/server-campaigns';
import { ContractsModule, DeliveriesModule } from '@parley/server-contracts';
import { InfluencersModule } from '@parley/server-influencers';
import { DemoDeliveries } from './demo-deliveries';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [AuthModule, InfluencersModule, CampaignsModule, ContractsModule, DeliveriesModule],
  providers: [DemoSeeder, DemoDeliveries],
})
export class DemoModule {}
