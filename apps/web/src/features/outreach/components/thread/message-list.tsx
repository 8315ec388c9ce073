import type { OutreachDto, ThreadMessageDto } from '@parley/shared-types';
import { useId } from 'react';
import { EmptyState } from '@/components/ui/states';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { formatDateTime } from '@/lib/format';
import { messageKindLabel } from '../labels';
import { MessageStatusBadge } from '../status-badge';
import { AssistedMessage } from '../tasks/assisted-message';

/** The outreach the messages belong to: a ready_to_send DM gets its Copy / Open / Mark as sent from it. */
type ThreadOf = Pick<OutreachDto, 'id' | 'deepLink' | 'channel'>;

/** The thread's messages, out and in, oldest first as the API sends them. */
export function MessageList({ messages, outreach }: { messages: ThreadMessageDto[]; outreach: ThreadOf }) {
  if (!messages.length) return <EmptyState title="No messages yet" level={3} />;
  return (
    <ol className="thread">
      {messages.map((message) => (
        <li key={message.id}>
          <ThreadMessage message={message} outreach={outreach} />
        </li>
      ))}
    </ol>
  );
}

/** When a message went (or will go, or arrived). */
function moment(m: ThreadMessageDto): string {
  if (m.direction === 'in') return `Received ${formatDateTime(m.receivedAt ?? m.createdAt)}`;
  if (m.sentAt) return `Sent ${formatDateTime(m.sentAt)}`;
  if (m.scheduledFor) return `Scheduled for ${formatDateTime(m.scheduledFor)}`;
  return `Created ${formatDateTime(m.createdAt)}`;
}

function ThreadMessage({ message: m, outreach }: { message: ThreadMessageDto; outreach: ThreadOf }) {
  const titleId = useId();
  const title = m.direction === 'in' ? 'From the creator' : `${messageKindLabel(m)}${m.to ? ` to ${m.to}` : ''}`;
  const assisted = m.direction === 'out' && m.status === 'ready_to_send';
  return (
    <article className={`card stack stack--sm thread-message thread-message--${m.direction}${assisted ? ' thread-message--assisted' : ''}`} aria-labelledby={titleId}>
      <header className="section-header">
        <h3 id={titleId} className="thread-message__title">
          {title}
        </h3>
        <span className="row small">
          <MessageStatusBadge status={m.status} />
          <span className="muted">
            {CHANNEL_LABELS[m.channel]} · {moment(m)}
          </span>
        </span>
      </header>
      {m.subject !== null && (
        <p className="thread-message__subject">
          <span className="visually-hidden">Subject: </span>
          {m.subject}
        </p>
      )}
      {m.text ? <pre className="preview__body">{m.text}</pre> : <p className="muted small">The text is written when the message is sent.</p>}
      {m.error && (
        <p className="field__error" role="note">
          {m.error}
        </p>
      )}
      {m.attempts > 1 && <p className="muted small">{m.attempts} attempts</p>}
      {assisted && <AssistedMessage outreachId={outreach.id} message={m} deepLink={outreach.deepLink} channel={outreach.channel} />}
    </article>
  );
}
