import type { OutreachDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { creatorName } from '@/features/outreach/components/creator-name';
import { formatDateTime, formatRelative } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { lastReplyAt } from '../api/get-inbox';
import { CategoryBadge, NeedsReviewMarker, SentimentLabel } from './reply-badges';

interface Props {
  conversations: OutreachDto[];
  selectedId: string | undefined;
  /** Outreach with an unread notification: shown bold with a dot. */
  unread: ReadonlySet<string>;
  campaignNames: ReadonlyMap<string, string>;
  /** The inbox's query string, kept when a conversation opens so the filters stay. */
  search: string;
}

/** The first line with text of a reply, for the row's preview. */
const firstLine = (text: string | null): string =>
  text
    ?.split('\n')
    .find((line) => line.trim())
    ?.trim() ?? '';

/** One row per conversation with a reply, newest reply first; a row opens its thread beside the list. */
export function ConversationList({ conversations, selectedId, unread, campaignNames, search }: Props) {
  const now = useNow();
  return (
    <ul className="conversations">
      {conversations.map((o) => {
        const isUnread = unread.has(o.id);
        const at = lastReplyAt(o);
        const preview = firstLine(o.replyText);
        return (
          <li key={o.id}>
            <Link
              to={`/inbox/${o.id}${search}`}
              className={isUnread ? 'conversation conversation--unread' : 'conversation'}
              aria-current={o.id === selectedId ? 'page' : undefined}
            >
              <span className="conversation__top">
                {isUnread && (
                  <span className="unread-dot">
                    <span className="visually-hidden">Unread: </span>
                  </span>
                )}
                <span className="conversation__name">{creatorName(o.influencer)}</span>
                <time className="conversation__time" dateTime={at} title={formatDateTime(at)}>
                  {formatRelative(at, now)}
                </time>
              </span>
              <span className="conversation__meta">
                <CategoryBadge category={o.replyCategory} />
                <SentimentLabel sentiment={o.replySentiment} />
                {o.replyNeedsReview && <NeedsReviewMarker />}
                {o.campaignId && <span className="conversation__campaign">{campaignNames.get(o.campaignId) ?? 'Campaign'}</span>}
              </span>
              {preview && <span className="conversation__snippet">{preview}</span>}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
