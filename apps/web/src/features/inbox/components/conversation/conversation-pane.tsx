import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { Skeleton } from '@/components/ui/skeleton';
import { RecordLoadError } from '@/components/ui/states';
import { useCampaign } from '@/features/campaigns/api/get-campaign';
import { useUnreadNotifications } from '@/features/notifications/api/get-notifications';
import { useMarkNotificationsRead } from '@/features/notifications/api/mark-notifications-read';
import { isThreadWaiting, outreachQueryOptions } from '@/features/outreach/api/get-outreach';
import { creatorName } from '@/features/outreach/components/creator-name';
import { FollowUps } from '@/features/outreach/components/thread/follow-ups';
import { DmWindowPanel } from '@/features/outreach/components/thread/dm-window';
import { Negotiation } from '@/features/outreach/components/thread/negotiation';
import { OutreachStatusBadge } from '@/features/outreach/components/status-badge';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { useStoreId } from '@/lib/session-context';
import { ChatThread } from './chat-thread';
import { LogReplyForm } from './log-reply-form';
import { ReplyClassification } from './reply-classification';
import { ResponseComposer } from './response-composer';

/** While a message waits for the queue (the first one, or a response), look again this often. */
const WAITING_REFRESH_MS = 3_000;

/** One conversation in the inbox: the chat, the reply's category with its correction, and the answer box. */
export function ConversationPane({ id, backTo }: { id: string; backTo: string }) {
  const outreach = useQuery({
    ...outreachQueryOptions(useStoreId(), id),
    refetchInterval: (query) => (query.state.data && isThreadWaiting(query.state.data) ? WAITING_REFRESH_MS : false),
  });
  // What the user typed in the reply box; null shows the suggestion. The pane is keyed by id, so it starts empty per thread.
  const [draft, setDraft] = useState<string | null>(null);
  const titleId = useId();
  useMarkThreadRead(id);

  if (outreach.isPending) return <PaneSkeleton />;
  if (outreach.isError) {
    return (
      <RecordLoadError
        resource="conversation"
        error={outreach.error}
        onRetry={() => void outreach.refetch()}
        back={{ to: backTo, label: 'Back to the inbox' }}
      />
    );
  }

  const o = outreach.data;
  return (
    <article className="stack" aria-labelledby={titleId}>
      <header className="stack stack--sm">
        <nav aria-label="Breadcrumb" className="breadcrumb inbox__back">
          <Link to={backTo}>All conversations</Link>
        </nav>
        <h2 id={titleId} className="conversation-pane__title">
          {creatorName(o.influencer)}
        </h2>
        <p className="row small">
          <span className="row">
            <span className="muted">Status</span>
            <OutreachStatusBadge status={o.status} />
          </span>
          <span>{CHANNEL_LABELS[o.channel]}</span>
          {o.influencer?.email && <span className="muted">{o.influencer.email}</span>}
          {o.campaignId && <CampaignName id={o.campaignId} />}
          <Link to={`/outreach/${o.id}`}>Full record and timeline</Link>
        </p>
      </header>
      <ReplyClassification outreach={o} />
      <DmWindowPanel outreach={o} level={3} />
      <section className="stack stack--sm" aria-labelledby={`${titleId}-chat`}>
        <h3 id={`${titleId}-chat`} className="section-title">
          Conversation
        </h3>
        <ChatThread messages={o.thread.messages} events={o.thread.events} outreach={o} />
      </section>
      <ResponseComposer outreach={o} draft={draft} onDraft={setDraft} />
      <LogReplyForm outreachId={o.id} onLogged={(result) => setDraft(result.suggestedResponse ?? '')} />
      {o.followUps && <FollowUps outreach={o} level={3} />}
      {/* A drafted counter can go into the reply box above. */}
      <Negotiation outreach={o} level={3} onUseAsReply={setDraft} />
    </article>
  );
}

/**
 * Opening a conversation marks its notifications read, and so does one arriving while it is open.
 * Once per set of unread notifications: a failure is not retried in a loop.
 */
function useMarkThreadRead(outreachId: string) {
  const { query } = useUnreadNotifications();
  const { mutate } = useMarkNotificationsRead();
  const unreadHere =
    query.data?.notifications
      .filter((n) => n.outreachId === outreachId)
      .map((n) => n.id)
      .join(',') ?? '';
  useEffect(() => {
    if (unreadHere) mutate({ outreachId });
  }, [unreadHere, outreachId, mutate]);
}

function CampaignName({ id }: { id: string }) {
  const campaign = useCampaign(id);
  return <Link to={`/campaigns/${id}`}>{campaign.data?.name ?? 'Campaign'}</Link>;
}

function PaneSkeleton() {
  return (
    <div className="stack" role="status" aria-label="Loading the conversation">
      <Skeleton height="2rem" width="50%" />
      <Skeleton height="6rem" />
      <Skeleton height="10rem" />
    </div>
  );
}
