import { REPLY_CATEGORIES, REPLY_SENTIMENTS, type ReplyCategory, type ReplySentiment } from '@parley/shared-types';

export const REPLY_CATEGORY_LABELS: Record<ReplyCategory, string> = {
  interested: 'Interested',
  questions: 'Questions',
  declined: 'Declined',
  rate_negotiation: 'Rate negotiation',
  auto_reply: 'Auto-reply',
  spam: 'Spam',
};

export const REPLY_SENTIMENT_LABELS: Record<ReplySentiment, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

export const isReplyCategory = (value: string): value is ReplyCategory => (REPLY_CATEGORIES as readonly string[]).includes(value);
export const isReplySentiment = (value: string): value is ReplySentiment => (REPLY_SENTIMENTS as readonly string[]).includes(value);

/** "93% sure" from the classifier's 0–1 confidence. */
export const formatConfidence = (confidence: number | null | undefined): string => (confidence == null ? '—' : `${Math.round(confidence * 100)}% sure`);
