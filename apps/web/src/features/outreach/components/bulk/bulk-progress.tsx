import { RowsSkeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { formatInteger } from '@/lib/format';
import { useBulkProgress } from '../../api/get-bulk-progress';

/** Sent, failed and pending of what a bulk send queued, live while the server pushes progress and polled when it cannot. */
export function BulkProgress({ bulkId }: { bulkId: string }) {
  const { progress, live } = useBulkProgress(bulkId);
  if (progress.isPending) return <RowsSkeleton label="Loading the progress" rows={1} />;
  if (progress.isError) return <ErrorState title="Could not load the progress" error={progress.error} onRetry={() => void progress.refetch()} />;

  const { queued, sent, failed, pending, done } = progress.data;
  if (queued === 0) return <p className="muted small">Nothing was queued: every creator was skipped.</p>;

  // Queued messages that neither went nor failed and no longer wait were cancelled.
  const cancelled = Math.max(0, queued - sent - failed - pending);
  const percent = Math.round(((queued - pending) / queued) * 100);
  const share = (n: number) => `${(n / queued) * 100}%`;
  const outcome = `${formatInteger(sent)} sent, ${formatInteger(failed)} failed${cancelled ? `, ${formatInteger(cancelled)} cancelled` : ''}`;
  const summary = `${outcome}, ${formatInteger(pending)} pending`;

  return (
    <div className="stack stack--sm bulk-progress">
      <div className="section-header small">
        <span className="bulk-progress__percent">{percent}%</span>
        <span className="muted">
          {done ? 'Done' : live ? 'Live' : 'Updating every 2 seconds'} · {formatInteger(queued)} queued
        </span>
      </div>
      <div
        className="bulk-progress__track"
        role="progressbar"
        aria-label="Bulk send progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${summary}`}
      >
        <span className="bulk-progress__bar bulk-progress__bar--sent" style={{ width: share(sent) }} />
        <span className="bulk-progress__bar bulk-progress__bar--failed" style={{ width: share(failed) }} />
        <span className="bulk-progress__bar bulk-progress__bar--cancelled" style={{ width: share(cancelled) }} />
      </div>
      <ul className="legend">
        <li>
          <span className="legend__swatch bulk-progress__bar--sent" aria-hidden="true" />
          {formatInteger(sent)} sent
        </li>
        <li>
          <span className="legend__swatch bulk-progress__bar--failed" aria-hidden="true" />
          {formatInteger(failed)} failed
        </li>
        <li>
          <span className="legend__swatch legend__swatch--remaining" aria-hidden="true" />
          {formatInteger(pending)} pending
        </li>
        {cancelled > 0 && (
          <li>
            <span className="legend__swatch bulk-progress__bar--cancelled" aria-hidden="true" />
            {formatInteger(cancelled)} cancelled
          </li>
        )}
      </ul>
      {/* Announced once, when the last message has gone. */}
      <p className={!done ? 'visually-hidden' : failed ? 'small' : 'success-text small'} role="status">
        {done ? `Done: ${outcome}.` : ''}
      </p>
    </div>
  );
}
