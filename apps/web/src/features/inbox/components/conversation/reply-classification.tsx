import { REPLY_CATEGORIES, REPLY_SENTIMENTS, type OutreachDto } from '@parley/shared-types';
import { useId, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { formLevelError } from '@/lib/forms';
import { useFormState } from '@/lib/use-form-state';
import { useCorrectReplyCategory } from '../../api/correct-reply-category';
import { formatConfidence, isReplyCategory, isReplySentiment, REPLY_CATEGORY_LABELS, REPLY_SENTIMENT_LABELS } from '../../labels';
import { CategoryBadge, SentimentLabel } from '../reply-badges';

/**
 * What the classifier made of the latest reply (category, sentiment, how sure), a note when it was
 * unsure, and the form to correct it. A correction replaces the verdict and is kept as a training
 * example for the offline classifier.
 */
export function ReplyClassification({ outreach: o }: { outreach: OutreachDto }) {
  const correct = useCorrectReplyCategory(o.id);
  const titleId = useId();
  const hintId = useId();

  return (
    <section className="card stack stack--sm" aria-labelledby={titleId}>
      <h3 id={titleId} className="section-title">
        Reply category
      </h3>
      <p className="row">
        <CategoryBadge category={o.replyCategory} />
        <SentimentLabel sentiment={o.replySentiment} />
        <span className="muted small">
          <span className="visually-hidden">Confidence: </span>
          {formatConfidence(o.replyConfidence)}
        </span>
      </p>
      {o.replyNeedsReview && (
        <p className="notice" role="note">
          The classifier was unsure — check the category.
        </p>
      )}
      {/* Re-keyed when the verdict changes (a correction saved, a new reply), so the selects start from it. */}
      <CorrectionForm key={`${o.replyCategory}:${o.replySentiment}:${o.repliedAt}`} outreach={o} mutation={correct} hintId={hintId} />
      <p className="field__hint" id={hintId}>
        Corrections train the offline classifier: each one is kept as an example, so replies like this one are sorted better next time.
      </p>
      {correct.isSuccess && (
        <p className="success-text small" role="status">
          Category saved.
        </p>
      )}
    </section>
  );
}

interface FormProps {
  outreach: OutreachDto;
  mutation: ReturnType<typeof useCorrectReplyCategory>;
  hintId: string;
}

function CorrectionForm({ outreach: o, mutation, hintId }: FormProps) {
  const { values, edit, errorFor } = useFormState({ category: o.replyCategory ?? '', sentiment: o.replySentiment ?? '' }, mutation);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isReplyCategory(values.category)) return;
    mutation.mutate({ category: values.category, ...(isReplySentiment(values.sentiment) && { sentiment: values.sentiment }) });
  };

  const formError = formLevelError(mutation.error, ['category', 'sentiment']);
  const unchanged = values.category === (o.replyCategory ?? '') && values.sentiment === (o.replySentiment ?? '');
  return (
    <form className="stack stack--sm" onSubmit={onSubmit} noValidate aria-label="Correct the category" aria-describedby={hintId}>
      {formError && <Alert>{formError}</Alert>}
      <div className="correction-form">
        <Field label="Category" error={errorFor('category')}>
          {(control) => (
            <select {...control} className="select" value={values.category} onChange={(e) => edit({ category: e.target.value })}>
              {!o.replyCategory && <option value="">Choose a category</option>}
              {REPLY_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {REPLY_CATEGORY_LABELS[category]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Sentiment" error={errorFor('sentiment')}>
          {(control) => (
            <select {...control} className="select" value={values.sentiment} onChange={(e) => edit({ sentiment: e.target.value })}>
              {!o.replySentiment && <option value="">Keep as it is</option>}
              {REPLY_SENTIMENTS.map((sentiment) => (
                <option key={sentiment} value={sentiment}>
                  {REPLY_SENTIMENT_LABELS[sentiment]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="btn btn--secondary" disabled={mutation.isPending || !isReplyCategory(values.category)}>
          {mutation.isPending ? 'Saving…' : unchanged && o.replyNeedsReview ? 'Confirm category' : 'Save category'}
        </button>
      </div>
    </form>
  );
}
