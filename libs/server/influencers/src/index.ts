export { applyInfluencerCriteria, type InfluencerCriteria } from './lib/influencer.filters';
export { toInfluencerDto } from './lib/influencer.serializer';
export { InfluencersModule } from './lib/influencers.module';
export { InfluencerImportService } from './lib/influencer-import.service';
