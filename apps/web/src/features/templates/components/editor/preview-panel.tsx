import type { InfluencerDto, PreviewInput, TemplateDto } from '@parley/shared-types';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useCampaigns } from '@/features/campaigns/api/get-campaigns';
import { useInfluencers } from '@/features/influencers/api/get-influencers';
import { formatInteger } from '@/lib/format';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useTemplatePreview } from '../../api/preview-template';
import { RenderedMessage } from '../rendered-message';

const creatorLabel = (i: InfluencerDto) => `${i.displayName ?? `@${i.username}`} (@${i.username}, ${i.platform})`;

interface Props {
  /** The saved template; none while a new one is being written. */
  template: TemplateDto | null;
  /** The form has changes the saved template does not. */
  dirty: boolean;
  /** The form's id, so "Save to preview" can submit it from here. */
  formId: string;
}

/** Renders the saved template for a real creator (and optionally a campaign) through the API. */
export function PreviewPanel({ template, dirty, formId }: Props) {
  return (
    <section className="card stack preview-panel" aria-labelledby="preview-title">
      <h2 id="preview-title" className="section-title">
        Preview
      </h2>
      {template ? (
        <PreviewControls template={template} dirty={dirty} />
      ) : (
        <Alert tone="info" title="Save the template to preview it">
          <p>The preview renders the saved template for one of your creators, exactly as it would be sent. Save first; the preview opens right here.</p>
          <button type="submit" form={formId} className="btn btn--primary btn--small">
            Save to preview
          </button>
        </Alert>
      )}
    </section>
  );
}

function PreviewControls({ template, dirty }: { template: TemplateDto; dirty: boolean }) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const [creator, setCreator] = useState<InfluencerDto | null>(null);
  const [campaignId, setCampaignId] = useState('');
  const influencers = useInfluencers({ perPage: 20, ...(q && { q }) });
  const campaigns = useCampaigns({ perPage: 100 });

  // The chosen creator stays an option when a new search no longer finds them.
  const found = influencers.data?.influencers ?? [];
  const options = creator && !found.some((i) => i.id === creator.id) ? [creator, ...found] : found;
  const input: PreviewInput | null = creator ? { influencerId: creator.id, ...(campaignId && { campaignId }) } : null;

  return (
    <>
      <div className="grid-2">
        <Field label="Search creators" hint="By username or name.">
          {(control) => (
            <input {...control} type="search" className="input" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="e.g. maya" />
          )}
        </Field>
        <Field
          label="Creator"
          hint={influencers.isFetching ? 'Searching…' : `${formatInteger(influencers.data?.pagination.total ?? 0)} found${q ? ` for “${q}”` : ''}.`}
          error={influencers.isError ? 'Could not load your creators.' : undefined}
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={creator?.id ?? ''}
              onChange={(e) => setCreator(options.find((i) => i.id === e.target.value) ?? null)}
            >
              <option value="">Choose a creator…</option>
              {options.map((i) => (
                <option key={i.id} value={i.id}>
                  {creatorLabel(i)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Campaign" hint="Optional: fills the campaign placeholders." error={campaigns.isError ? 'Could not load campaigns.' : undefined}>
          {(control) => (
            <select {...control} className="select" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
              <option value="">No campaign</option>
              {campaigns.data?.campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {dirty && <p className="notice small">You have unsaved changes. The preview shows the last saved version; save to see your changes here.</p>}
      {input ? (
        <PreviewResult templateId={template.id} input={input} />
      ) : (
        <p className="muted small">Choose a creator to see the message as they would receive it.</p>
      )}
    </>
  );
}

function PreviewResult({ templateId, input }: { templateId: string; input: PreviewInput }) {
  const preview = useTemplatePreview(templateId, input);
  if (preview.isPending) return <RowsSkeleton label="Rendering the preview" rows={4} />;
  if (preview.isError) return <ErrorState title="Could not render the preview" error={preview.error} onRetry={() => void preview.refetch()} />;
  return (
    <section className="stack" aria-label="Rendered preview" aria-busy={preview.isFetching}>
      <div className="row">
        <button type="button" className="btn btn--secondary btn--small" disabled={preview.isFetching} onClick={() => void preview.refetch()}>
          {preview.isFetching ? 'Rendering…' : 'Render again'}
        </button>
      </div>
      <RenderedMessage preview={preview.data} />
    </section>
  );
}
