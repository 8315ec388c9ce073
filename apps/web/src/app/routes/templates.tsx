import { TemplatesOverview } from '@/features/templates/components/templates-overview';

export function TemplatesRoute() {
  return <TemplatesOverview />;
}
