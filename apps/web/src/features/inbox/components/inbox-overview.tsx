import { Link, useLocation } from 'react-router-dom';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useCampaigns } from '@/features/campaigns/api/get-campaigns';
import { useUnreadNotifications } from '@/features/notifications/api/get-notifications';
import { isUuid } from '@/features/outreach/components/labels';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useCategoryCounts, useInbox, useNeedsReviewCount, type InboxFilters as Filters } from '../api/get-inbox';
import { isReplyCategory, isReplySentiment } from '../labels';
import { CategoryChips } from './category-chips';
import { ConversationList } from './conversation-list';
import { ConversationPane } from './conversation/conversation-pane';
import { INBOX_FILTER_KEYS, InboxFilters, type InboxFilterValues } from './inbox-filters';
import { InboxTabs } from './inbox-tabs';

/** URL values as API filters; malformed ones (a hand-edited URL) are dropped rather than sent. */
function toFilters(values: InboxFilterValues, page: number): Filters {
  return {
    ...(values.q.trim() && { q: values.q.trim() }),
    ...(isReplyCategory(values.replyCategory) && { replyCategory: values.replyCategory }),
    ...(isReplySentiment(values.replySentiment) && { replySentiment: values.replySentiment }),
    ...(isUuid(values.campaignId) && { campaignId: values.campaignId }),
    ...(values.needsReview === 'true' && { needsReview: true }),
    ...(page > 1 && { page }),
  };
}

/**
 * The unified inbox: every conversation with a reply, newest reply first, beside the open one. On
 * narrow screens the list and the conversation take the screen in turn (/inbox, then /inbox/:id).
 */
export function InboxOverview({ selectedId }: { selectedId?: string }) {
  const { search } = useLocation();
  const { values, page, setFilters, setPage } = useUrlFilters(INBOX_FILTER_KEYS);
  const filters = toFilters(values, page);
  const list = useInbox(filters);
  const counts = useCategoryCounts(filters);
  const needsReviewCount = useNeedsReviewCount(filters);
  const campaigns = useCampaigns({ perPage: 100 });
  const campaignNames = new Map(campaigns.data?.campaigns.map((c) => [c.id, c.name]));
  const { outreachIds: unread } = useUnreadNotifications();
  const filtered = Object.keys(filters).some((key) => key !== 'page');
  // The "All" chip counts every category, so it is known only when no category narrows the list.
  const total = filters.replyCategory ? undefined : list.data?.pagination.total;

  return (
    <>
      <PageHeader title="Inbox" description="Every creator reply in one place, newest first. Open a conversation to read it, check its category and answer." />
      <InboxTabs current="replies" />
      <div className={selectedId ? 'inbox inbox--open' : 'inbox'}>
        <div className="inbox__filters stack stack--sm">
          <InboxFilters key={JSON.stringify(values)} values={values} onApply={setFilters} />
          <CategoryChips
            selected={filters.replyCategory}
            counts={counts}
            total={total}
            onSelect={(category) => setFilters({ replyCategory: category ?? '' })}
            needsReview={filters.needsReview === true}
            needsReviewCount={needsReviewCount}
            onNeedsReview={(on) => setFilters({ needsReview: on ? 'true' : '' })}
          />
        </div>
        <section className="inbox__list stack stack--sm" aria-label="Conversations" aria-busy={list.isFetching}>
          {list.isPending ? (
            <RowsSkeleton label="Loading conversations" rows={5} />
          ) : list.isError ? (
            <ErrorState title="Could not load the inbox" error={list.error} onRetry={() => void list.refetch()} />
          ) : !list.data.outreach.length && filtered ? (
            <EmptyState title="No replies match these filters">Try fewer or different filters.</EmptyState>
          ) : !list.data.outreach.length ? (
            <EmptyState
              title="No replies yet — they appear here the moment a creator answers"
              action={
                <Link className="btn btn--secondary" to="/outreach">
                  See sent outreach
                </Link>
              }
            >
              Replies by email are matched to their outreach and sorted by category. A reply received elsewhere can be logged from its thread.
            </EmptyState>
          ) : (
            <>
              <ConversationList conversations={list.data.outreach} selectedId={selectedId} unread={unread} campaignNames={campaignNames} search={search} />
              <Pagination label="Inbox pages" pagination={list.data.pagination} onPage={setPage} />
            </>
          )}
        </section>
        <section className="inbox__pane card" aria-label="Open conversation">
          {selectedId ? (
            <ConversationPane key={selectedId} id={selectedId} backTo={`/inbox${search}`} />
          ) : (
            <div className="inbox__placeholder">
              <p className="muted">Choose a conversation to read it and answer.</p>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
