import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { RecordLoadError } from '@/components/ui/states';
import { useCampaign } from '../../api/get-campaign';
import { CampaignEditForm } from './campaign-edit-form';

/** The edit page: loads the campaign, then hands it to the form (which keeps its own draft from then on). */
export function CampaignEdit({ id }: { id: string }) {
  const campaign = useCampaign(id);

  if (campaign.isPending) {
    return (
      <div className="stack stack--lg" role="status" aria-label="Loading campaign">
        <Skeleton height="2rem" width="40%" />
        <Skeleton height="24rem" />
      </div>
    );
  }
  if (campaign.isError) return <RecordLoadError resource="campaign" error={campaign.error} onRetry={() => void campaign.refetch()} back={{ to: '/campaigns', label: 'Back to campaigns' }} />;

  const c = campaign.data;
  return (
    <div className="stack stack--lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
      </nav>
      <PageHeader title="Edit campaign" description={c.name} />
      <CampaignEditForm campaign={c} />
    </div>
  );
}
