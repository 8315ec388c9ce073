import { CHANNELS, TEMPLATE_TYPES, type Channel, type TemplateDto } from '@parley/shared-types';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { errorMessage } from '@/lib/api-client';
import { formatInteger } from '@/lib/format';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useDeleteTemplate } from '../api/delete-template';
import { useTemplates, type TemplateFilters } from '../api/get-templates';
import { CHANNEL_LABELS, TEMPLATE_TYPE_LABELS, isChannel } from './labels';
import { SPAM_GUIDE } from './spam-badge';
import { TemplatesTable } from './templates-table';

/** The API's maximum: every store's 18 defaults and its own templates fit on one page. */
const PER_PAGE = 100;

export function TemplatesOverview() {
  const { values, page, setFilters, setPage } = useUrlFilters(['channel']);
  const channel = isChannel(values.channel) ? values.channel : undefined;
  const filters: TemplateFilters = { perPage: PER_PAGE, ...(channel && { channel }), ...(page > 1 && { page }) };
  const list = useTemplates(filters);
  const remove = useDeleteTemplate();
  const [deleting, setDeleting] = useState<TemplateDto | null>(null);

  const confirmDelete = () => {
    // Closed either way: a failure shows on the page, where the dialog would hide it.
    if (deleting) remove.mutate(deleting.id, { onSettled: () => setDeleting(null) });
  };

  return (
    <>
      <PageHeader
        title="Templates"
        description="The messages outreach sends, per purpose and channel. Placeholders such as {{influencer_first_name}} are filled in for each creator."
        actions={
          <Link className="btn btn--primary" to={channel ? `/templates/new?channel=${channel}` : '/templates/new'}>
            New template
          </Link>
        }
      />

      <div className="toolbar">
        <ChannelFilter value={channel} onChange={(next) => setFilters({ channel: next ?? '' })} />
      </div>
      <p className="muted small">{SPAM_GUIDE}</p>

      <section aria-label="Template list" aria-busy={list.isFetching} className="stack stack--lg">
        {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
        <TemplateResults query={list} channel={channel} onShowAll={() => setFilters({ channel: '' })} onDelete={setDeleting} onPage={setPage} />
      </section>

      <ConfirmDialog
        open={deleting !== null}
        title="Delete template?"
        confirmLabel="Delete"
        danger
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>
          “{deleting?.name}” ({deleting && CHANNEL_LABELS[deleting.channel]}) will be removed.
          {deleting?.isDefault && ' It is one of the defaults your store started with; it cannot be restored, though you can write a new one.'}
        </p>
      </ConfirmDialog>
    </>
  );
}

/** Toggle buttons rather than ARIA tabs: each choice reloads one list, there are no separate panels. */
function ChannelFilter({ value, onChange }: { value: Channel | undefined; onChange: (channel: Channel | undefined) => void }) {
  const options: { value: Channel | undefined; label: string }[] = [
    { value: undefined, label: 'All channels' },
    ...CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] })),
  ];
  return (
    <div className="segmented" role="group" aria-label="Channel">
      {options.map((option) => (
        <button key={option.label} type="button" className="segmented__button" aria-pressed={value === option.value} onClick={() => onChange(option.value)}>
          {option.label}
        </button>
      ))}
    </div>
  );
}

/** Within a type: channels in a fixed order, the store's own templates before the defaults; otherwise newest first, as listed. */
const byChannelThenOwn = (a: TemplateDto, b: TemplateDto) =>
  CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) || Number(a.isDefault) - Number(b.isDefault);

interface ResultsProps {
  query: ReturnType<typeof useTemplates>;
  channel: Channel | undefined;
  onShowAll: () => void;
  onDelete: (template: TemplateDto) => void;
  onPage: (page: number) => void;
}

function TemplateResults({ query, channel, onShowAll, onDelete, onPage }: ResultsProps) {
  if (query.isPending) return <RowsSkeleton label="Loading templates" rows={6} />;
  if (query.isError) return <ErrorState title="Could not load templates" error={query.error} onRetry={() => void query.refetch()} />;

  const { templates, pagination } = query.data;
  if (!templates.length && channel) {
    return (
      <EmptyState
        title={`No ${CHANNEL_LABELS[channel]} templates`}
        action={
          <button type="button" className="btn btn--secondary" onClick={onShowAll}>
            Show all channels
          </button>
        }
      />
    );
  }
  if (!templates.length) {
    return (
      <EmptyState
        title="No templates"
        action={
          <Link className="btn btn--primary" to="/templates/new">
            Write a template
          </Link>
        }
      >
        Outreach needs a template for each message it sends.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="muted" role="status">
        {formatInteger(pagination.total)} {pagination.total === 1 ? 'template' : 'templates'}
        {channel && ` for ${CHANNEL_LABELS[channel]}`}
      </p>
      {TEMPLATE_TYPES.map((type) => {
        const group = templates.filter((t) => t.templateType === type).sort(byChannelThenOwn);
        const titleId = `templates-${type}`;
        return (
          <section key={type} className="stack stack--sm" aria-labelledby={titleId}>
            <div>
              <h2 id={titleId} className="section-title">
                {TEMPLATE_TYPE_LABELS[type].label} <span className="muted">({formatInteger(group.length)})</span>
              </h2>
              <p className="muted small">{TEMPLATE_TYPE_LABELS[type].description}</p>
            </div>
            {group.length ? (
              <TemplatesTable caption={TEMPLATE_TYPE_LABELS[type].label} templates={group} onDelete={onDelete} />
            ) : (
              <p className="muted small">
                None{channel && ` for ${CHANNEL_LABELS[channel]}`}.{' '}
                <Link to={`/templates/new?templateType=${type}${channel ? `&channel=${channel}` : ''}`}>Write one</Link>
              </p>
            )}
          </section>
        );
      })}
      <Pagination label="Template pages" pagination={pagination} onPage={onPage} />
    </>
  );
}
