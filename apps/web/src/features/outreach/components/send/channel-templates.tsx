import { TEMPLATE_TYPES, type Channel, type TemplateDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { Field } from '@/components/ui/field';
import { useTemplates } from '@/features/templates/api/get-templates';
import { CHANNEL_LABELS, TEMPLATE_TYPE_LABELS } from '@/features/templates/components/labels';

/** The store's own initial_outreach default for the channel, else any first message, else the newest template. */
function defaultTemplate(templates: TemplateDto[]): TemplateDto | undefined {
  const first = templates.filter((t) => t.templateType === 'initial_outreach');
  return first.find((t) => t.isDefault) ?? first[0] ?? templates[0];
}

/** The channel's templates (the API allows 100 a page: every default and the store's own fit) and the one to start with. */
export function useChannelTemplates(channel: Channel) {
  const query = useTemplates({ channel, perPage: 100 });
  // While another channel's list loads, the previous one stays in the cache's placeholder: not offered here.
  const templates = (query.data?.templates ?? []).filter((t) => t.channel === channel);
  return { query, templates, defaultId: defaultTemplate(templates)?.id ?? '' };
}

interface Props {
  channel: Channel;
  value: string;
  onChange: (templateId: string) => void;
  options: ReturnType<typeof useChannelTemplates>;
  error?: string | string[];
}

/** The channel's templates, grouped by purpose. */
export function TemplateSelect({ channel, value, onChange, options: { query, templates }, error }: Props) {
  const hint = query.isPending ? (
    'Loading templates…'
  ) : !templates.length && !query.isError ? (
    <>
      No {CHANNEL_LABELS[channel]} templates yet: <Link to={`/templates/new?channel=${channel}`}>write one</Link>.
    </>
  ) : (
    'Filled in for this creator; the preview shows the result.'
  );
  return (
    <Field label="Template" hint={hint} error={error ?? (query.isError ? 'Could not load templates.' : undefined)}>
      {(control) => (
        <select {...control} className="select" value={value} onChange={(e) => onChange(e.target.value)} disabled={!templates.length}>
          {!templates.length && <option value="">No template</option>}
          {TEMPLATE_TYPES.map((type) => {
            const ofType = templates.filter((t) => t.templateType === type);
            return (
              ofType.length > 0 && (
                <optgroup key={type} label={TEMPLATE_TYPE_LABELS[type].label}>
                  {ofType.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                      {t.isDefault ? ' (default)' : ''}
                    </option>
                  ))}
                </optgroup>
              )
            );
          })}
        </select>
      )}
    </Field>
  );
}
