import { AssistedSendsPage } from '@/features/outreach/components/tasks/assisted-sends-page';

export function AssistedSendsRoute() {
  return <AssistedSendsPage />;
}
