import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '@/lib/session-context';

interface FromState {
  from?: string;
}

/** Signed-out visitors go to /login, which sends them back here once they sign in. */
export function RequireAuth() {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from } satisfies FromState} />;
  }
  return <Outlet />;
}

/** Login and registration are for signed-out visitors; a successful sign-in lands here and moves on. */
export function GuestOnly() {
  const { session } = useSession();
  const location = useLocation();
  if (session) {
    const from = (location.state as FromState | null)?.from;
    return <Navigate to={from && from !== '/' ? from : '/campaigns'} replace />;
  }
  return <Outlet />;
}
