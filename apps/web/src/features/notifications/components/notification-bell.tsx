import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime, formatRelative } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { useNotifications, useUnreadNotifications } from '../api/get-notifications';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';

/** How many of the latest notifications the panel lists. */
const LATEST = 20;

/** The unread count as a pill; screen readers hear ", 3 unread" after the control's name. */
export function UnreadCount({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="count-badge">
      <span className="visually-hidden">, </span>
      {count > 99 ? '99+' : count}
      <span className="visually-hidden"> unread</span>
    </span>
  );
}

/**
 * The bell in the app's header: the unread count, and a panel with the latest notifications (each
 * opens its conversation in the inbox) and "Mark all read". A disclosure: Escape or a click outside
 * closes it, and focus goes back to the bell.
 */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const { count } = useUnreadNotifications();
  const panelId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="bell" ref={wrapRef}>
      <button ref={buttonRef} type="button" className="bell__button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <BellIcon />
        <span className="visually-hidden">Notifications</span>
        <UnreadCount count={count} />
      </button>
      {open && <NotificationPanel id={panelId} onClose={() => setOpen(false)} />}
    </div>
  );
}

function NotificationPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const list = useNotifications({ perPage: LATEST });
  const markAll = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;
  const titleId = useId();
  const now = useNow();

  return (
    <section id={id} className="bell__panel" aria-labelledby={titleId}>
      <div className="section-header">
        <h2 id={titleId} className="section-title">
          Notifications
        </h2>
        <button type="button" className="btn btn--ghost btn--small" disabled={!unread || markAll.isPending} onClick={() => markAll.mutate({ all: true })}>
          Mark all read
        </button>
      </div>
      {markAll.isError && (
        <p className="field__error" role="alert">
          {errorMessage(markAll.error)}
        </p>
      )}
      {list.isPending ? (
        <RowsSkeleton label="Loading notifications" rows={3} />
      ) : list.isError ? (
        <div className="stack stack--sm" role="alert">
          <p className="small">{errorMessage(list.error)}</p>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => void list.refetch()}>
            Try again
          </button>
        </div>
      ) : !list.data.notifications.length ? (
        <p className="muted small">No notifications yet. You will hear here the moment a creator replies.</p>
      ) : (
        <ul className="notification-list">
          {list.data.notifications.map((n) => {
            const content = (
              <>
                <span className={n.readAt ? 'notification__dot' : 'notification__dot unread-dot'}>
                  {!n.readAt && <span className="visually-hidden">Unread: </span>}
                </span>
                <span className="notification__title">{n.title}</span>
                {n.body && <span className="notification__body">{n.body}</span>}
                <time className="notification__time" dateTime={n.createdAt} title={formatDateTime(n.createdAt)}>
                  {formatRelative(n.createdAt, now)}
                </time>
              </>
            );
            const className = n.readAt ? 'notification' : 'notification notification--unread';
            return (
              <li key={n.id}>
                {n.outreachId ? (
                  <Link className={className} to={`/inbox/${n.outreachId}`} onClick={onClose}>
                    {content}
                  </Link>
                ) : (
                  <div className={className}>{content}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Link className="btn btn--secondary btn--small" to="/inbox" onClick={onClose}>
        Open the inbox
      </Link>
    </section>
  );
}

function BellIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
