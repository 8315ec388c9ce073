import { PageHeader } from '@/components/ui/page-header';
import { CampaignWizard } from '@/features/campaigns/components/wizard/campaign-wizard';

export function NewCampaignRoute() {
  return (
    <>
      <PageHeader title="New campaign" description="Four short steps: the basics, budget and deliverables, targeting, then a final review." />
      <CampaignWizard />
    </>
  );
}
