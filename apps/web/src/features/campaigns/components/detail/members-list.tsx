import { useState } from 'react';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { formatDate } from '@/lib/format';
import { useCampaignMembers } from '../../api/get-campaign-influencers';
import { CreatorCells, CreatorHeaderCells } from './creator-cells';

const PER_PAGE = 20;

export function MembersList({ campaignId }: { campaignId: string }) {
  const [page, setPage] = useState(1);
  const members = useCampaignMembers(campaignId, page > 1 ? { page, perPage: PER_PAGE } : { perPage: PER_PAGE });

  if (members.isPending) return <RowsSkeleton label="Loading members" />;
  if (members.isError) return <ErrorState title="Could not load members" error={members.error} onRetry={() => void members.refetch()} />;

  const { influencers, pagination } = members.data;
  if (!influencers.length) {
    return <EmptyState title="No influencers yet">Add creators who match this campaign to start reaching out.</EmptyState>;
  }
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Campaign members</caption>
          <thead>
            <tr>
              <CreatorHeaderCells />
              <th scope="col">Added</th>
            </tr>
          </thead>
          <tbody>
            {influencers.map((member) => (
              // A member row is the influencer plus its membership: influencerId names the creator.
              <tr key={member.influencerId}>
                <CreatorCells creator={member} />
                <td>{formatDate(member.addedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination label="Member pages" pagination={pagination} onPage={setPage} />
    </>
  );
}
