import { useParams } from 'react-router-dom';
import { OutreachThread } from '@/features/outreach/components/thread/outreach-thread';

export function OutreachThreadRoute() {
  const { id = '' } = useParams();
  // Keyed by id so moving between threads starts from fresh local state (a pending cancel, its error).
  return <OutreachThread key={id} id={id} />;
}
