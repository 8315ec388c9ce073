import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { ApiError } from '@/lib/api-client';
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
  if (campaign.isError) {
    if (campaign.error instanceof ApiError && campaign.error.status === 404) {
      return (
        <EmptyState
          title="Campaign not found"
          action={
            <Link className="btn btn--primary" to="/campaigns">
              Back to campaigns
            </Link>
          }
        >
          It may have been removed, or the link is wrong.
        </EmptyState>
      );
    }
    return <ErrorState title="Could not load the campaign" error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }

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
