import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useUnmatched } from '../api/get-unmatched';
import { InboxTabs } from './inbox-tabs';

const PER_PAGE = 25;
const NO_FILTERS = [] as const;

/** Mail to the store's reply addresses that matched no outreach: listed so nothing is lost. */
export function UnmatchedMail() {
  const { page, setPage } = useUrlFilters(NO_FILTERS);
  const list = useUnmatched({ perPage: PER_PAGE, ...(page > 1 && { page }) });

  return (
    <>
      <PageHeader title="Inbox" description="Every creator reply in one place, newest first. Open a conversation to read it, check its category and answer." />
      <InboxTabs current="unmatched" />
      <section className="stack" aria-labelledby="unmatched-title" aria-busy={list.isFetching}>
        <div>
          <h2 id="unmatched-title" className="section-title">
            Unmatched mail
          </h2>
          <p className="muted">Mail sent to your addresses that we could not link to an outreach. Nothing is dropped.</p>
        </div>
        {list.isPending ? (
          <RowsSkeleton label="Loading unmatched mail" rows={3} />
        ) : list.isError ? (
          <ErrorState title="Could not load unmatched mail" error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data.emails.length ? (
          <EmptyState title="No unmatched mail">Every message that reached your reply addresses was linked to its outreach.</EmptyState>
        ) : (
          <>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Unmatched mail</caption>
                <thead>
                  <tr>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Received</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.emails.map((email) => (
                    <tr key={email.id}>
                      <th scope="row" className="unmatched__address">
                        {email.from ?? <span className="muted">Unknown sender</span>}
                      </th>
                      <td className="unmatched__address">{email.to.join(', ') || <span className="muted">—</span>}</td>
                      <td className="outreach-table__subject">{email.subject ?? <span className="muted">No subject</span>}</td>
                      <td>{formatDateTime(email.receivedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination label="Unmatched mail pages" pagination={list.data.pagination} onPage={setPage} />
          </>
        )}
      </section>
    </>
  );
}
