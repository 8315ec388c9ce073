import { useParams } from 'react-router-dom';
import { InboxOverview } from '@/features/inbox/components/inbox-overview';
import { UnmatchedMail } from '@/features/inbox/components/unmatched-mail';

/** /inbox and /inbox/:id: the conversations, with the one in the URL open beside them. */
export function InboxRoute() {
  const { id } = useParams();
  return <InboxOverview selectedId={id} />;
}

export function UnmatchedMailRoute() {
  return <UnmatchedMail />;
}
