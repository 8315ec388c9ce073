import { useParams } from 'react-router-dom';
import { CampaignEdit } from '@/features/campaigns/components/edit/campaign-edit';

export function EditCampaignRoute() {
  const { id = '' } = useParams();
  // Keyed by id so moving to another campaign's edit page starts from that campaign's values.
  return <CampaignEdit key={id} id={id} />;
}
