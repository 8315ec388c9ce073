import { REPLY_CATEGORIES, type ReplyCategory } from '@parley/shared-types';
import { formatInteger } from '@/lib/format';
import { REPLY_CATEGORY_LABELS } from '../labels';

interface Props {
  selected: ReplyCategory | undefined;
  /** Only the replies the classifier was unsure about. */
  needsReview: boolean;
  /** How many of those there are under the other filters, when known. */
  needsReviewCount: number | undefined;
  onNeedsReview: (on: boolean) => void;
  /** Conversations per category under the other filters; a missing one is still counting. */
  counts: Partial<Record<ReplyCategory, number>>;
  /** All conversations under the other filters, when known. */
  total: number | undefined;
  onSelect: (category: ReplyCategory | undefined) => void;
}

/**
 * The category filter as toggle chips with their counts (one category at a time, or all), and the
 * "Needs review" toggle beside them.
 */
export function CategoryChips({ selected, counts, total, onSelect, needsReview, needsReviewCount, onNeedsReview }: Props) {
  return (
    <div className="filter-chips-bar">
      <div className="filter-chips" role="group" aria-label="Reply category">
        <button type="button" className="filter-chip" aria-pressed={!selected} onClick={() => onSelect(undefined)}>
          All
          {total !== undefined && <Count value={total} />}
        </button>
        {REPLY_CATEGORIES.map((category) => (
          <button
            key={category}
            type="button"
            className="filter-chip"
            aria-pressed={selected === category}
            onClick={() => onSelect(selected === category ? undefined : category)}
          >
            <span className={`category-dot category-dot--${category}`} aria-hidden="true" />
            {REPLY_CATEGORY_LABELS[category]}
            {counts[category] !== undefined && <Count value={counts[category]} />}
          </button>
        ))}
      </div>
      <button type="button" className="filter-chip filter-chip--review" aria-pressed={needsReview} onClick={() => onNeedsReview(!needsReview)}>
        <span className="category-dot category-dot--review" aria-hidden="true" />
        Needs review
        {needsReviewCount !== undefined && <Count value={needsReviewCount} />}
      </button>
    </div>
  );
}

/** "3", heard as "Interested (3)". */
function Count({ value }: { value: number }) {
  return (
    <span className="filter-chip__count">
      <span className="visually-hidden"> (</span>
      {formatInteger(value)}
      <span className="visually-hidden">)</span>
    </span>
  );
}
