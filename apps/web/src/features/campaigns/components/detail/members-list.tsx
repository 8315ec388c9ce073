import type { BulkSendResultDto, CampaignDto, CampaignMemberDto } from '@parley/shared-types';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { BulkSendForm } from '@/features/outreach/components/bulk/bulk-send-form';
import { BulkSendReport } from '@/features/outreach/components/bulk/bulk-send-report';
import { SendOutreachForm } from '@/features/outreach/components/send/send-outreach-form';
import { formatDate, formatInteger } from '@/lib/format';
import { useCampaignMembers } from '../../api/get-campaign-influencers';
import { CreatorCells, CreatorHeaderCells } from './creator-cells';

const PER_PAGE = 20;

const memberLabel = (m: CampaignMemberDto) => `@${m.username} (${m.platform})`;

/** A bulk send's answer and the names of whom it was for, to list the skipped by name. */
interface BulkReport {
  result: BulkSendResultDto;
  names: ReadonlyMap<string, string>;
}

/** The campaign's members: send to one, or select several (across pages) and send to them all at once. */
export function MembersList({ campaign }: { campaign: CampaignDto }) {
  const [page, setPage] = useState(1);
  // Kept by influencer id with a label, so a selection survives paging and the skipped list can name people.
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());
  const [sendingTo, setSendingTo] = useState<CampaignMemberDto | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [report, setReport] = useState<BulkReport | null>(null);
  const members = useCampaignMembers(campaign.id, page > 1 ? { page, perPage: PER_PAGE } : { perPage: PER_PAGE });

  const toggle = (changes: CampaignMemberDto[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const m of changes) {
        if (on) next.set(m.influencerId, memberLabel(m));
        else next.delete(m.influencerId);
      }
      return next;
    });

  const onSent = (result: BulkSendResultDto) => {
    setReport({ result, names: selected });
    setSelected(new Map());
    setBulkOpen(false);
  };

  return (
    <>
      {report && <BulkSendReport key={report.result.bulkId} result={report.result} names={report.names} onDismiss={() => setReport(null)} />}
      <div className="selection-bar" aria-label="Selected members" role="group">
        <span className="muted" aria-live="polite">
          {selected.size ? `${formatInteger(selected.size)} selected` : 'Select members to send to several at once.'}
        </span>
        {selected.size > 0 && (
          <button type="button" className="btn btn--ghost btn--small" onClick={() => setSelected(new Map())}>
            Clear selection
          </button>
        )}
        <button type="button" className="btn btn--primary btn--small" disabled={!selected.size} onClick={() => setBulkOpen(true)}>
          Send to selected
        </button>
      </div>
      <MemberResults query={members} selected={selected} onToggle={toggle} onSend={setSendingTo} onPage={setPage} />

      <Dialog open={sendingTo !== null} onClose={() => setSendingTo(null)} title="Send a message" wide>
        {sendingTo && (
          <SendOutreachForm
            key={sendingTo.influencerId}
            influencer={{ ...sendingTo, id: sendingTo.influencerId }}
            campaignId={campaign.id}
            onDone={() => setSendingTo(null)}
          />
        )}
      </Dialog>
      <Dialog open={bulkOpen} onClose={() => setBulkOpen(false)} title="Send to selected creators" wide>
        <BulkSendForm campaign={campaign} influencerIds={[...selected.keys()]} onSent={onSent} onCancel={() => setBulkOpen(false)} />
      </Dialog>
    </>
  );
}

interface ResultsProps {
  query: ReturnType<typeof useCampaignMembers>;
  selected: ReadonlyMap<string, string>;
  onToggle: (members: CampaignMemberDto[], on: boolean) => void;
  onSend: (member: CampaignMemberDto) => void;
  onPage: (page: number) => void;
}

function MemberResults({ query, selected, onToggle, onSend, onPage }: ResultsProps) {
  if (query.isPending) return <RowsSkeleton label="Loading members" />;
  if (query.isError) return <ErrorState title="Could not load members" error={query.error} onRetry={() => void query.refetch()} />;

  const { influencers, pagination } = query.data;
  if (!influencers.length) {
    return <EmptyState title="No influencers yet">Add creators who match this campaign to start reaching out.</EmptyState>;
  }
  const allOnPage = influencers.every((m) => selected.has(m.influencerId));
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Campaign members</caption>
          <thead>
            <tr>
              <th scope="col" className="check">
                <input type="checkbox" aria-label="Select all on this page" checked={allOnPage} onChange={(e) => onToggle(influencers, e.target.checked)} />
              </th>
              <CreatorHeaderCells />
              <th scope="col">Added</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {influencers.map((member) => (
              // A member row is the influencer plus its membership: influencerId names the creator.
              <tr key={member.influencerId}>
                <td className="check">
                  <input
                    type="checkbox"
                    aria-label={`Select @${member.username}`}
                    checked={selected.has(member.influencerId)}
                    onChange={(e) => onToggle([member], e.target.checked)}
                  />
                </td>
                <CreatorCells creator={member} />
                <td>{formatDate(member.addedAt)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="btn btn--ghost btn--small"
                    onClick={() => onSend(member)}
                    aria-label={`Send a message to @${member.username} (${member.platform})`}
                  >
                    Send
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination label="Member pages" pagination={pagination} onPage={onPage} />
    </>
  );
}
