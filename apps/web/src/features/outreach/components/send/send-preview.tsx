import type { PreviewInput } from '@parley/shared-types';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useTemplatePreview } from '@/features/templates/api/preview-template';
import { RenderedMessage } from '@/features/templates/components/rendered-message';

/** The chosen template rendered for this creator (and campaign), as the send would render it: the template editor's preview. */
export function SendPreview({ templateId, input }: { templateId: string; input: PreviewInput }) {
  const preview = useTemplatePreview(templateId, input);
  if (preview.isPending) return <RowsSkeleton label="Rendering the preview" rows={3} />;
  if (preview.isError) return <ErrorState title="Could not render the preview" error={preview.error} onRetry={() => void preview.refetch()} />;
  return (
    <section className="stack stack--sm send-preview" aria-label="Message preview" aria-busy={preview.isFetching}>
      <RenderedMessage preview={preview.data} />
    </section>
  );
}
