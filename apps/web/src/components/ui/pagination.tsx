import type { Pagination as PageInfo } from '@parley/shared-types';
import { formatInteger } from '@/lib/format';

/** Previous/next paging for a list answer's `pagination`. */
export function Pagination({ pagination, onPage, label }: { pagination: PageInfo; onPage: (page: number) => void; label: string }) {
  const { page, pages, total } = pagination;
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="btn btn--secondary btn--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span className="pagination__status">
        Page {formatInteger(page)} of {formatInteger(pages)} · {formatInteger(total)} total
      </span>
      <button type="button" className="btn btn--secondary btn--small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
