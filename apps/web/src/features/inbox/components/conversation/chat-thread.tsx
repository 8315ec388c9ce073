import type { OutreachDto, OutreachEventDto, OutreachEventType, ThreadMessageDto } from '@parley/shared-types';
import { useId } from 'react';
import { EmptyState } from '@/components/ui/states';
import { EVENT_LABELS, messageKindLabel } from '@/features/outreach/components/labels';
import { MessageStatusBadge } from '@/features/outreach/components/status-badge';
import { AssistedMessage } from '@/features/outreach/components/tasks/assisted-message';
import { formatDateTime } from '@/lib/format';

/** Events the bubbles already tell (a message queued, sent or received), left out of the compact lines. */
const TOLD_BY_MESSAGES: ReadonlySet<OutreachEventType> = new Set(['queued', 'scheduled', 'ready_to_send', 'sent', 'replied']);

/** The outreach the messages belong to: a ready_to_send DM gets its Copy / Open / Mark as sent from it. */
type ThreadOf = Pick<OutreachDto, 'id' | 'deepLink' | 'channel'>;

type Entry = { at: string; message: ThreadMessageDto } | { at: string; event: OutreachEventDto };

/** When a message went (or will go, or arrived). */
const momentOf = (m: ThreadMessageDto): string => (m.direction === 'in' ? (m.receivedAt ?? m.createdAt) : (m.sentAt ?? m.scheduledFor ?? m.createdAt));

/** Messages and the events worth a line between them, in time order (a stable sort keeps the API's order on ties). */
function entries(messages: ThreadMessageDto[], events: OutreachEventDto[]): Entry[] {
  const lines: Entry[] = [
    ...messages.map((message) => ({ at: momentOf(message), message })),
    ...events.filter((e) => !e.machine && !TOLD_BY_MESSAGES.has(e.type)).map((event) => ({ at: event.at, event })),
  ];
  return lines.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * The conversation as a chat: the brand's messages on the right, the creator's on the left, each with
 * who and when; what happened meanwhile (delivered, opened, bounced…) as small lines between them.
 * Opens and clicks by machines (proxies, scanners) are left out here; the full record lists them.
 */
export function ChatThread({ messages, events, outreach }: { messages: ThreadMessageDto[]; events: OutreachEventDto[]; outreach: ThreadOf }) {
  if (!messages.length) return <EmptyState title="No messages yet" level={4} />;
  return (
    <ol className="chat">
      {entries(messages, events).map((entry) =>
        'message' in entry ? (
          <li key={entry.message.id} className={`chat__item chat__item--${entry.message.direction}`}>
            <Bubble message={entry.message} outreach={outreach} />
          </li>
        ) : (
          <li key={entry.event.id} className="chat__event">
            {EVENT_LABELS[entry.event.type] ?? entry.event.type} · <time dateTime={entry.event.at}>{formatDateTime(entry.event.at)}</time>
          </li>
        ),
      )}
    </ol>
  );
}

function Bubble({ message: m, outreach }: { message: ThreadMessageDto; outreach: ThreadOf }) {
  const titleId = useId();
  const assisted = m.direction === 'out' && m.status === 'ready_to_send';
  const at = momentOf(m);
  const who = m.direction === 'in' ? (m.from ?? 'The creator') : `You · ${messageKindLabel(m)}`;
  return (
    <article className={`bubble bubble--${m.direction}${assisted ? ' bubble--assisted' : ''}`} aria-labelledby={titleId}>
      <header className="bubble__header">
        <h4 id={titleId} className="bubble__who">
          {who}
        </h4>
        <time dateTime={at}>{m.direction === 'out' && !m.sentAt && m.scheduledFor ? `Scheduled for ${formatDateTime(at)}` : formatDateTime(at)}</time>
        {m.direction === 'out' && <MessageStatusBadge status={m.status} />}
      </header>
      {m.subject && (
        <p className="bubble__subject">
          <span className="visually-hidden">Subject: </span>
          {m.subject}
        </p>
      )}
      {m.text ? <p className="bubble__text">{m.text}</p> : <p className="muted small">The text is written when the message is sent.</p>}
      {m.error && (
        <p className="field__error" role="note">
          {m.error}
        </p>
      )}
      {assisted && <AssistedMessage outreachId={outreach.id} message={m} deepLink={outreach.deepLink} channel={outreach.channel} />}
    </article>
  );
}
