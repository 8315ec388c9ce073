import type { PreviewInput } from '@parley/shared-types';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useTemplatePreview } from '@/features/templates/api/preview-template';
import { formatInteger } from '@/lib/format';

/** The chosen template rendered for this creator (and campaign), as the send would render it. */
export function SendPreview({ templateId, input }: { templateId: string; input: PreviewInput }) {
  const preview = useTemplatePreview(templateId, input);
  if (preview.isPending) return <RowsSkeleton label="Rendering the preview" rows={3} />;
  if (preview.isError) return <ErrorState title="Could not render the preview" error={preview.error} onRetry={() => void preview.refetch()} />;

  const { subject, body, warnings, bytes, characters, limit } = preview.data;
  const over = (limit.maxBytes !== null && bytes > limit.maxBytes) || (limit.maxChars !== null && characters > limit.maxChars);
  return (
    <section className="stack stack--sm send-preview" aria-label="Message preview" aria-busy={preview.isFetching}>
      <dl className="terms preview">
        {subject !== null && (
          <div className="term">
            <dt>Subject</dt>
            <dd className="preview__subject">{subject}</dd>
          </div>
        )}
        <div className="term">
          <dt>Message</dt>
          <dd>
            <pre className="preview__body">{body}</pre>
          </dd>
        </div>
      </dl>
      {over && (
        <p className="notice small">
          Over the channel’s limit ({formatInteger(limit.maxBytes ?? limit.maxChars ?? 0)} {limit.maxBytes !== null ? 'bytes' : 'characters'}): sending would be
          refused.
        </p>
      )}
      <h3 className="preview__heading">Warnings</h3>
      {warnings.length ? (
        <ul className="preview__list">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : (
        <p className="muted small">None: every placeholder had a value.</p>
      )}
    </section>
  );
}
