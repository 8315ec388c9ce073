import { useCallback, useEffect, useState } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { ToastContext, Toaster, type ToastMessage } from '@/components/ui/toast';
import { useMe } from '@/features/auth/api/get-me';
import { useInboxLiveUpdates } from '@/features/inbox/api/live-updates';
import { useUnreadNotifications } from '@/features/notifications/api/get-notifications';
import { NotificationBell, UnreadCount } from '@/features/notifications/components/notification-bell';
import { AssistedTaskCount } from '@/features/outreach/components/tasks/task-count';
import { useSession } from '@/lib/session-context';

const NAV = [
  { to: '/campaigns', label: 'Campaigns' },
  { to: '/influencers', label: 'Influencers' },
  { to: '/outreach', label: 'Outreach' },
  { to: '/assisted-sends', label: 'Assisted sends' },
  { to: '/contracts', label: 'Contracts' },
  { to: '/inbox', label: 'Inbox' },
  { to: '/templates', label: 'Templates' },
  { to: '/settings', label: 'Settings' },
];

export function AppLayout() {
  const { session, signOut, update } = useSession();
  const me = useMe();
  const unread = useUnreadNotifications();
  // The one toast on screen: from the live stream (a new reply) or from an action's result.
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const dismissToast = useCallback(() => setToast(null), []);
  useInboxLiveUpdates(setToast);

  // The stored copy dates from sign-in; /auth/me brings in changes made since (e.g. in another browser).
  useEffect(() => {
    if (me.data) update({ user: me.data.user, store: me.data.store });
  }, [me.data, update]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="sidebar__top">
          <div className="sidebar__brand">
            <span className="logo" aria-hidden="true">
              P
            </span>
            <span className="sidebar__product">Parley</span>
          </div>
          <NotificationBell />
        </div>
        <nav className="sidebar__nav" aria-label="Main">
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} className="nav-link">
              {item.label}
              {item.to === '/inbox' && <UnreadCount count={unread.count} />}
              {item.to === '/assisted-sends' && <AssistedTaskCount />}
            </NavLink>
          ))}
        </nav>
        <div className="sidebar__account">
          <p className="sidebar__store">{session?.store.name}</p>
          <p className="sidebar__email">{session?.user.email}</p>
          <button type="button" className="btn btn--ghost btn--small" onClick={signOut}>
            Sign out
          </button>
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {/* Pages raise toasts (an action's result) through useToast. */}
        <ToastContext.Provider value={setToast}>
          <Outlet />
        </ToastContext.Provider>
      </main>
      <Toaster toast={toast} onDismiss={dismissToast} />
    </div>
  );
}
