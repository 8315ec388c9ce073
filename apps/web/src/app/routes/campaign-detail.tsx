import { useParams } from 'react-router-dom';
import { CampaignDetail } from '@/features/campaigns/components/detail/campaign-detail';

export function CampaignDetailRoute() {
  const { id = '' } = useParams();
  // Keyed by id so moving between campaigns starts from fresh local state (selection, paging).
  return <CampaignDetail key={id} id={id} />;
}
