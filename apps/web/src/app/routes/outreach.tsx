import { OutreachOverview } from '@/features/outreach/components/outreach-overview';

export function OutreachRoute() {
  return <OutreachOverview />;
}
