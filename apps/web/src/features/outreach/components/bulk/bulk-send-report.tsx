import type { BulkSendResultDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { formatInteger } from '@/lib/format';
import { BulkProgress } from './bulk-progress';
import { SkippedList } from './skipped-list';

interface Props {
  result: BulkSendResultDto;
  names: ReadonlyMap<string, string>;
  onDismiss: () => void;
}

/** What a bulk send did: how many were queued, who was skipped and why, and the sending as it goes. */
export function BulkSendReport({ result, names, onDismiss }: Props) {
  const { bulkId, total, queued, skipped } = result;
  return (
    <section className="card stack" aria-labelledby="bulk-report-title">
      <div className="section-header">
        <h3 id="bulk-report-title" className="section-title">
          Bulk send
        </h3>
        <button type="button" className="btn btn--ghost btn--small" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p role="status">
        Queued {formatInteger(queued)} of {formatInteger(total)} {total === 1 ? 'creator' : 'creators'}
        {skipped.length > 0 && `; ${formatInteger(skipped.length)} skipped`}.
      </p>
      {queued > 0 && <BulkProgress bulkId={bulkId} />}
      <SkippedList skipped={skipped} names={names} />
      <div className="row">
        <Link className="btn btn--secondary btn--small" to={`/outreach?bulkId=${bulkId}`}>
          View outreach
        </Link>
      </div>
    </section>
  );
}
