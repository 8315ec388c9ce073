import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { RecordLoadError } from '@/components/ui/states';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { useOutreach } from '../../api/get-outreach';
import { creatorName } from '../creator-name';
import { isAwaitingSend, statusReasonText } from '../labels';
import { OutreachStatusBadge } from '../status-badge';
import { CancelOutreach } from './cancel-outreach';
import { DmWindowPanel } from './dm-window';
import { EventTimeline } from './event-timeline';
import { FollowUps } from './follow-ups';
import { MessageList } from './message-list';
import { Negotiation } from './negotiation';
import { ThreadFacts } from './thread-facts';

/** One outreach: who, where and how it went, its messages, and everything that happened to it. */
export function OutreachThread({ id }: { id: string }) {
  const outreach = useOutreach(id);

  if (outreach.isPending) return <ThreadSkeleton />;
  if (outreach.isError) {
    return (
      <RecordLoadError
        resource="outreach"
        error={outreach.error}
        onRetry={() => void outreach.refetch()}
        back={{ to: '/outreach', label: 'Back to outreach' }}
      />
    );
  }

  const o = outreach.data;
  return (
    <div className="stack stack--lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/outreach">Outreach</Link>
      </nav>
      <PageHeader
        title={creatorName(o.influencer)}
        description={
          <span className="row">
            <OutreachStatusBadge status={o.status} />
            <span>{CHANNEL_LABELS[o.channel]}</span>
            {o.statusReason && <span className="muted">{statusReasonText(o)}</span>}
          </span>
        }
        actions={isAwaitingSend(o.status) && <CancelOutreach outreach={o} />}
      />
      <ThreadFacts outreach={o} />
      <DmWindowPanel outreach={o} />
      <section className="stack" aria-labelledby="messages-title">
        <h2 id="messages-title" className="section-title">
          Messages
        </h2>
        <MessageList messages={o.thread.messages} outreach={o} />
      </section>
      {/* Read defensively: an API from before follow-ups has no plan to show. */}
      {o.followUps && <FollowUps outreach={o} />}
      <Negotiation outreach={o} />
      <section className="card stack" aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="section-title">
          Timeline
        </h2>
        <EventTimeline events={o.thread.events} />
      </section>
    </div>
  );
}

function ThreadSkeleton() {
  return (
    <div className="stack stack--lg" role="status" aria-label="Loading outreach">
      <Skeleton height="2rem" width="40%" />
      <Skeleton height="8rem" />
      <Skeleton height="12rem" />
    </div>
  );
}
