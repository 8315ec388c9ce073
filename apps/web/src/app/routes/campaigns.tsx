import { CampaignsOverview } from '@/features/campaigns/components/campaigns-overview';

export function CampaignsRoute() {
  return <CampaignsOverview />;
}
