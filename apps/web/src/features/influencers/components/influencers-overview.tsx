import { isMoneyString, isTier, PLATFORMS, type InfluencerDto, type InfluencerFilters as Filters, type Platform } from '@parley/shared-types';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { SendOutreachForm } from '@/features/outreach/components/send/send-outreach-form';
import { errorMessage } from '@/lib/api-client';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useDeleteInfluencer } from '../api/delete-influencer';
import { useInfluencers } from '../api/get-influencers';
import { DraftMessageForm } from './draft-message-form';
import { FILTER_KEYS, InfluencerFilters, type FilterValues } from './influencer-filters';
import { InfluencerForm } from './influencer-form';
import { ImportForm } from './import-form';
import { InfluencersTable } from './influencers-table';
import { SuggestedRateCard } from './suggested-rate-card';

const isPlatform = (value: string): value is Platform => (PLATFORMS as readonly string[]).includes(value);

/** URL values as API filters; malformed ones (a hand-edited URL) are dropped rather than sent. */
function toFilters(values: FilterValues, page: number): Filters {
  const minEngagement = Number(values.minEngagement);
  return {
    ...(values.q.trim() && { q: values.q.trim() }),
    ...(isPlatform(values.platform) && { platform: values.platform }),
    ...(isTier(values.tier) && { tier: values.tier }),
    ...(values.niche.trim() && { niche: values.niche.trim() }),
    ...(values.minEngagement && Number.isFinite(minEngagement) && { minEngagement }),
    ...(isMoneyString(values.maxRate) && { maxRate: values.maxRate.trim() }),
    ...(page > 1 && { page }),
  };
}

type OpenDialog = 'add' | 'import' | null;

export function InfluencersOverview() {
  const { values, page, setFilters, setPage } = useUrlFilters(FILTER_KEYS);
  const filters = toFilters(values, page);
  const list = useInfluencers(filters);
  const remove = useDeleteInfluencer();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [deleting, setDeleting] = useState<InfluencerDto | null>(null);
  const [editing, setEditing] = useState<InfluencerDto | null>(null);
  const [drafting, setDrafting] = useState<InfluencerDto | null>(null);
  const [sending, setSending] = useState<InfluencerDto | null>(null);
  const filtered = Object.keys(filters).some((key) => key !== 'page');

  const confirmDelete = () => {
    // Closed either way: a failure shows on the page, where the dialog would hide it.
    if (deleting) remove.mutate(deleting.id, { onSettled: () => setDeleting(null) });
  };

  return (
    <>
      <PageHeader
        title="Influencers"
        description="The creators your campaigns can reach."
        actions={
          <>
            <button type="button" className="btn btn--secondary" onClick={() => setDialog('import')}>
              Import CSV
            </button>
            <button type="button" className="btn btn--primary" onClick={() => setDialog('add')}>
              Add influencer
            </button>
          </>
        }
      />
      <InfluencerFilters key={JSON.stringify(values)} values={values} onApply={setFilters} />

      <section aria-label="Influencer list" aria-busy={list.isFetching} className="stack">
        {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
        <InfluencerResults
          query={list}
          filtered={filtered}
          onImport={() => setDialog('import')}
          onEdit={setEditing}
          onDraft={setDrafting}
          onSend={setSending}
          onDelete={setDeleting}
          onPage={setPage}
        />
      </section>

      <Dialog open={dialog === 'add'} onClose={() => setDialog(null)} title="Add influencer" wide>
        <InfluencerForm onDone={() => setDialog(null)} />
      </Dialog>
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title="Edit influencer" wide>
        {/* Keyed by id so opening another row starts from that influencer's values (and prices them afresh). */}
        {editing && (
          <div className="stack stack--lg">
            <InfluencerForm key={editing.id} influencer={editing} onDone={() => setEditing(null)} />
            <SuggestedRateCard key={editing.id} influencer={editing} />
          </div>
        )}
      </Dialog>
      <Dialog open={drafting !== null} onClose={() => setDrafting(null)} title="Draft a message" wide>
        {drafting && <DraftMessageForm key={drafting.id} influencer={drafting} onDone={() => setDrafting(null)} />}
      </Dialog>
      <Dialog open={sending !== null} onClose={() => setSending(null)} title="Send a message" wide>
        {sending && <SendOutreachForm key={sending.id} influencer={sending} onDone={() => setSending(null)} />}
      </Dialog>
      <Dialog open={dialog === 'import'} onClose={() => setDialog(null)} title="Import influencers" wide>
        <ImportForm onDone={() => setDialog(null)} />
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete influencer?"
        confirmLabel="Delete"
        danger
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>
          @{deleting?.username} on {deleting?.platform} will be removed from your list and from every campaign.
        </p>
      </ConfirmDialog>
    </>
  );
}

interface ResultsProps {
  query: ReturnType<typeof useInfluencers>;
  filtered: boolean;
  onImport: () => void;
  onEdit: (influencer: InfluencerDto) => void;
  onDraft: (influencer: InfluencerDto) => void;
  onSend: (influencer: InfluencerDto) => void;
  onDelete: (influencer: InfluencerDto) => void;
  onPage: (page: number) => void;
}

function InfluencerResults({ query, filtered, onImport, onEdit, onDraft, onSend, onDelete, onPage }: ResultsProps) {
  if (query.isPending) return <RowsSkeleton label="Loading influencers" rows={5} />;
  if (query.isError) return <ErrorState title="Could not load influencers" error={query.error} onRetry={() => void query.refetch()} />;

  const { influencers, pagination } = query.data;
  if (!influencers.length && filtered) {
    return <EmptyState title="No influencers match these filters">Try fewer or different filters.</EmptyState>;
  }
  if (!influencers.length) {
    return (
      <EmptyState
        title="No influencers yet"
        action={
          <button type="button" className="btn btn--primary" onClick={onImport}>
            Import a CSV
          </button>
        }
      >
        Add creators one by one, or import your list from a CSV file.
      </EmptyState>
    );
  }
  return (
    <>
      <InfluencersTable influencers={influencers} onEdit={onEdit} onDraft={onDraft} onSend={onSend} onDelete={onDelete} />
      <Pagination label="Influencer pages" pagination={pagination} onPage={onPage} />
    </>
  );
}
