import type { SpamReport } from '@parley/shared-types';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { SPAM_RISKY } from './labels';

const score = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function reading(value: number): { tone: BadgeTone; word: string } {
  if (value <= 0) return { tone: 'success', word: 'clean' };
  if (value >= SPAM_RISKY) return { tone: 'danger', word: 'risky' };
  return { tone: 'warning', word: 'worth a look' };
}

/** The spam check's score: 0 clean, under 5 worth a look, 5 or more risky. */
export function SpamBadge({ spam }: { spam: SpamReport }) {
  const { tone, word } = reading(spam.score);
  return (
    <span className="spam-badge" title={spam.findings.map((f) => f.message).join('\n') || 'No findings'}>
      <Badge tone={tone}>
        Spam {score.format(spam.score)} · {word}
      </Badge>
    </span>
  );
}

/** What the spam score is and is not; shown wherever a score is. */
export const SPAM_GUIDE =
  'The spam check is a guide, not a verdict: it looks for wording, capitals, links and subject lines that filters and readers dislike. 0 is clean; 5 or more is likely to be filtered. Inbox providers decide for themselves.';
