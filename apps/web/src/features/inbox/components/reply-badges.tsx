import type { ReplyCategory, ReplySentiment } from '@parley/shared-types';
import { REPLY_CATEGORY_LABELS, REPLY_SENTIMENT_LABELS } from '../labels';

/** Each reply category has a colour of its own (styles.css), so the inbox reads at a glance. */
export function CategoryBadge({ category }: { category: ReplyCategory | null }) {
  if (!category) return <span className="badge badge--neutral reply-badge">Not categorised</span>;
  return (
    <span className={`badge reply-badge reply-badge--${category}`}>
      <span className="visually-hidden">Category: </span>
      {REPLY_CATEGORY_LABELS[category]}
    </span>
  );
}

/** The sentiment as a coloured dot and a word (the colour is never the only cue). */
export function SentimentLabel({ sentiment }: { sentiment: ReplySentiment | null }) {
  if (!sentiment) return null;
  return (
    <span className={`sentiment sentiment--${sentiment}`}>
      <span className="visually-hidden">Sentiment: </span>
      {REPLY_SENTIMENT_LABELS[sentiment]}
    </span>
  );
}

export function NeedsReviewMarker() {
  return (
    <span className="badge badge--warning review-marker" title="The classifier was unsure about this reply’s category">
      Needs review
    </span>
  );
}
