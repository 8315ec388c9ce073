import { ApiError } from '@/lib/api-client';
import { EmptyState, ErrorState } from './states';

/**
 * Why a public link (signing, deliveries) shows nothing: never valid (404), or no longer (410);
 * anything else can be retried.
 */
export function LinkError({ error, onRetry, invalid, gone, failed }: { error: unknown; onRetry: () => void; invalid: string; gone: string; failed: string }) {
  if (error instanceof ApiError && error.status === 404) {
    return (
      <>
        <title>Link not valid · Parley</title>
        <EmptyState title={invalid}>Check that the whole link was copied from the email, or ask the brand to send it again.</EmptyState>
      </>
    );
  }
  if (error instanceof ApiError && error.status === 410) {
    return (
      <>
        <title>Link expired · Parley</title>
        <EmptyState title={gone}>A newer link may have been sent to you. If not, ask the brand to send a new one.</EmptyState>
      </>
    );
  }
  return <ErrorState title={failed} error={error} onRetry={onRetry} />;
}
