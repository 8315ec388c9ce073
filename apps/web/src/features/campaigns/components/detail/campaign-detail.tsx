import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { RecordLoadError } from '@/components/ui/states';
import { CampaignPerformance } from '@/features/deliveries/components/dashboard/campaign-performance';
import { OutreachBreakdown } from '@/features/outreach/components/outreach-breakdown';
import { formatDate } from '@/lib/format';
import { useCampaign } from '../../api/get-campaign';
import { OBJECTIVES } from '../labels';
import { CampaignStatusBadge } from '../status-badge';
import { AddInfluencersPanel } from './add-influencers-panel';
import { BudgetCard } from './budget-card';
import { CampaignFacts } from './campaign-facts';
import { FunnelChart } from './funnel-chart';
import { MembersList } from './members-list';
import { CampaignStatsTiles } from './stats-tiles';
import { StatusActions } from './status-actions';

export function CampaignDetail({ id }: { id: string }) {
  const campaign = useCampaign(id);
  const [adding, setAdding] = useState(false);

  if (campaign.isPending) return <DetailSkeleton />;
  if (campaign.isError) return <RecordLoadError resource="campaign" error={campaign.error} onRetry={() => void campaign.refetch()} back={{ to: '/campaigns', label: 'Back to campaigns' }} />;

  const c = campaign.data;
  return (
    <div className="stack stack--lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/campaigns">Campaigns</Link>
      </nav>
      <PageHeader
        title={c.name}
        description={
          <span className="row">
            <CampaignStatusBadge status={c.status} />
            <span>{OBJECTIVES[c.objective].label}</span>
            <span className="muted">Created {formatDate(c.createdAt)}</span>
          </span>
        }
        actions={
          <>
            <Link className="btn btn--secondary" to={`/campaigns/${c.id}/deliveries`}>
              Deliveries
            </Link>
            <Link className="btn btn--secondary" to={`/campaigns/${c.id}/edit`} aria-label="Edit campaign">
              Edit
            </Link>
            <StatusActions campaign={c} />
          </>
        }
      />
      <CampaignStatsTiles stats={c.stats} />
      <div className="grid-2">
        <FunnelChart stats={c.stats} />
        <BudgetCard stats={c.stats} />
      </div>
      <CampaignPerformance campaignId={c.id} campaignName={c.name} />
      <OutreachBreakdown campaignId={c.id} />
      <CampaignFacts campaign={c} />
      <section className="stack" aria-labelledby="members-title">
        <div className="section-header">
          <h2 id="members-title" className="section-title">
            Influencers ({c.influencerCount})
          </h2>
          <button type="button" className="btn btn--secondary" aria-expanded={adding} aria-controls="add-influencers" onClick={() => setAdding(!adding)}>
            {adding ? 'Close suggestions' : 'Add influencers'}
          </button>
        </div>
        {adding && (
          <div id="add-influencers">
            <AddInfluencersPanel campaignId={c.id} />
          </div>
        )}
        <MembersList campaign={c} />
      </section>
    </div>
  );
}

function DetailSkeleton() {
  return (
    <div className="stack stack--lg" role="status" aria-label="Loading campaign">
      <Skeleton height="2rem" width="40%" />
      <Skeleton height="6rem" />
      <Skeleton height="12rem" />
    </div>
  );
}
