import { Module } from '@nestjs/common';
import { InfluencerImportService } from './influencer-import.service';
import { InfluencersController } from './influencers.controller';
import { InfluencersService } from './influencers.service';

@Module({
  controllers: [InfluencersController],
  providers: [InfluencersService, InfluencerImportService],
  exports: [InfluencersService, InfluencerImportService],
})
export class InfluencersModule {}
