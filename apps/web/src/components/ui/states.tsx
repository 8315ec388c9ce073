import type { ReactNode } from 'react';
import { errorMessage } from '@/lib/api-client';

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
