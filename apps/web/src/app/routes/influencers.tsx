import { InfluencersOverview } from '@/features/influencers/components/influencers-overview';

export function InfluencersRoute() {
  return <InfluencersOverview />;
}
