import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, errorMessage } from '@/lib/api-client';

/** `level` keeps the heading in order when the state sits under a lower heading (e.g. inside an h3 section). */
export function EmptyState({ title, children, action, level = 2 }: { title: string; children?: ReactNode; action?: ReactNode; level?: 2 | 3 | 4 }) {
  const Heading = `h${level}` as const;
  return (
    <section className="state">
      <Heading className="state__title">{title}</Heading>
      {children && <p className="state__text">{children}</p>}
      {action}
    </section>
  );
}

export function ErrorState({ title = 'Could not load this', error, onRetry }: { title?: string; error: unknown; onRetry?: () => void }) {
  return (
    <section className="state state--error" role="alert">
      <h2 className="state__title">{title}</h2>
      <p className="state__text">{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="btn btn--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}

/**
 * Why one record could not be shown: not found (the API answers 404 for another store's record
 * too, so either way there is nothing to show) with a way back, or any other error with a retry.
 */
export function RecordLoadError({ resource, error, onRetry, back }: { resource: string; error: unknown; onRetry: () => void; back: { to: string; label: string } }) {
  if (error instanceof ApiError && error.status === 404) {
    return (
      <EmptyState
        title={`${resource.charAt(0).toUpperCase()}${resource.slice(1)} not found`}
        action={
          <Link className="btn btn--primary" to={back.to}>
            {back.label}
          </Link>
        }
      >
        It may have been removed, or the link is wrong.
      </EmptyState>
    );
  }
  return <ErrorState title={`Could not load the ${resource}`} error={error} onRetry={onRetry} />;
}
