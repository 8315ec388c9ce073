import { Link } from 'react-router-dom';
import { EmptyState } from '@/components/ui/states';

export function NotFoundRoute() {
  return (
    <EmptyState
      title="Page not found"
      action={
        <Link className="btn btn--primary" to="/campaigns">
          Go to campaigns
        </Link>
      }
    >
      There is nothing at this address.
    </EmptyState>
  );
}
