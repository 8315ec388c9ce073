import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useStore } from '../api/get-store';
import { AiUsagePanel } from './ai-usage-panel';
import { ApiKeysPanel } from './api-keys-panel';
import { ChannelsPanel } from './channels-panel';
import { ContractTemplatesPanel } from './contract-templates-panel';
import { OperationsPanel } from './operations-panel';
import { RateCardsPanel } from './rate-cards-panel';
import { StoreForm } from './store-form';
import { SuppressionsPanel } from './suppressions-panel';

export function SettingsPage() {
  const store = useStore();
  const { hash } = useLocation();

  // A link to a panel (e.g. /settings#channels) scrolls to it: client-side navigation does not.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);

  return (
    <>
      <PageHeader
        title="Settings"
        description="Your store’s details and voice, the channels outreach can use, who it never emails, what creators cost, the agreements sent to them, AI usage and API access."
      />
      <div className="stack stack--lg">
        {store.isPending ? (
          <RowsSkeleton label="Loading store settings" rows={4} />
        ) : store.isError ? (
          <ErrorState title="Could not load store settings" error={store.error} onRetry={() => void store.refetch()} />
        ) : (
          <StoreForm store={store.data} />
        )}
        <ChannelsPanel />
        <SuppressionsPanel />
        <RateCardsPanel />
        <ContractTemplatesPanel />
        <AiUsagePanel />
        <ApiKeysPanel />
        <OperationsPanel />
      </div>
    </>
  );
}
