import type { AddMembersResult } from '@parley/shared-types';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { errorMessage } from '@/lib/api-client';
import { formatInteger } from '@/lib/format';
import { useAddCampaignInfluencers } from '../../api/add-campaign-influencers';
import { useCampaignSuggestions } from '../../api/get-campaign-influencers';
import { CreatorCells, CreatorHeaderCells } from './creator-cells';

const PER_PAGE = 20;

/** The store's creators matching the campaign's targeting who are not members yet, to pick and add. */
export function AddInfluencersPanel({ campaignId }: { campaignId: string }) {
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<AddMembersResult | null>(null);
  const suggestions = useCampaignSuggestions(campaignId, page > 1 ? { page, perPage: PER_PAGE } : { perPage: PER_PAGE });
  const add = useAddCampaignInfluencers(campaignId);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const onAdd = () =>
    add.mutate([...selected], {
      onSuccess: (answer) => {
        setResult(answer);
        setSelected(new Set());
        setPage(1);
      },
    });

  return (
    <section className="card stack" aria-labelledby="add-influencers-title">
      <h3 id="add-influencers-title" className="section-title">
        Suggested creators
      </h3>
      <p className="muted small">Creators in your list who match this campaign’s tiers, niches, engagement and rate, and are not members yet.</p>
      {result && (
        <Alert tone="success">
          Added {formatInteger(result.added)} {result.added === 1 ? 'influencer' : 'influencers'}
          {result.alreadyMembers > 0 && ` (${formatInteger(result.alreadyMembers)} already members)`}.
        </Alert>
      )}
      {add.isError && <Alert>{errorMessage(add.error)}</Alert>}
      <SuggestionResults query={suggestions} selected={selected} onToggle={toggle} onPage={setPage} />
      <div className="row">
        <button type="button" className="btn btn--primary" disabled={!selected.size || add.isPending} onClick={onAdd}>
          {add.isPending ? 'Adding…' : selected.size ? `Add ${formatInteger(selected.size)} selected` : 'Add selected'}
        </button>
      </div>
    </section>
  );
}

interface ResultsProps {
  query: ReturnType<typeof useCampaignSuggestions>;
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  onPage: (page: number) => void;
}

function SuggestionResults({ query, selected, onToggle, onPage }: ResultsProps) {
  if (query.isPending) return <RowsSkeleton label="Loading suggestions" />;
  if (query.isError) return <ErrorState title="Could not load suggestions" error={query.error} onRetry={() => void query.refetch()} />;

  const { influencers, pagination } = query.data;
  if (!influencers.length) {
    return (
      <EmptyState
        title="No matching creators"
        action={
          <Link className="btn btn--secondary" to="/influencers">
            Manage influencers
          </Link>
        }
      >
        Everyone who matches is already a member, or your list has no one matching the targeting yet.
      </EmptyState>
    );
  }

  const pageIds = influencers.map((i) => i.id);
  const allOnPage = pageIds.every((id) => selected.has(id));
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Suggested creators</caption>
          <thead>
            <tr>
              <th scope="col" className="check">
                <input
                  type="checkbox"
                  aria-label="Select all on this page"
                  checked={allOnPage}
                  onChange={(e) => pageIds.forEach((id) => onToggle(id, e.target.checked))}
                />
              </th>
              <CreatorHeaderCells />
            </tr>
          </thead>
          <tbody>
            {influencers.map((influencer) => (
              <tr key={influencer.id}>
                <td className="check">
                  <input
                    type="checkbox"
                    aria-label={`Select @${influencer.username}`}
                    checked={selected.has(influencer.id)}
                    onChange={(e) => onToggle(influencer.id, e.target.checked)}
                  />
                </td>
                <CreatorCells creator={influencer} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination label="Suggestion pages" pagination={pagination} onPage={onPage} />
    </>
  );
}
