import { useRouteError } from 'react-router-dom';
import { ErrorState } from '@/components/ui/states';

/** Last resort for a screen that threw while rendering: say so instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  return (
    <main className="auth">
      <ErrorState title="This screen failed to load" error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
