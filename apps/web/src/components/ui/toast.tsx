import { createContext, useContext, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';

export interface ToastMessage {
  /** A new id restarts the timer, even for the same text. */
  id: string;
  title: string;
  body?: string;
  action?: { to: string; label: string };
}

/** Shows a toast in the app's one toast region (a newer toast replaces the one on screen). */
export type ShowToast = (toast: ToastMessage) => void;

/** Provided by the app's layout, which owns the toast region; outside it, toasts go nowhere. */
export const ToastContext = createContext<ShowToast>(() => undefined);

/** The way to raise a toast from anywhere under the layout (e.g. the result of an action). */
export const useToast = (): ShowToast => useContext(ToastContext);

/** How long a toast stays, unless the pointer or focus is on it. */
const VISIBLE_MS = 12_000;

/**
 * A passing message in the corner (e.g. "New reply from …"), announced politely. The live region is
 * always in the page so screen readers hear what appears in it; the toast goes away on its own,
 * except while hovered or focused, or with its close button.
 */
export function Toaster({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss: () => void }) {
  // The id of the toast under the pointer or focus, so the next toast never starts out held.
  const [heldId, setHeldId] = useState<string | null>(null);
  const held = toast !== null && heldId === toast.id;

  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(onDismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, held, onDismiss]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          key={toast.id}
          className="toast"
          onMouseEnter={() => setHeldId(toast.id)}
          onMouseLeave={() => setHeldId(null)}
          onFocus={() => setHeldId(toast.id)}
          onBlur={() => setHeldId(null)}
        >
          <div className="toast__text">
            <p className="toast__title">{toast.title}</p>
            {toast.body && <p className="toast__body">{toast.body}</p>}
            {toast.action && (
              <Link to={toast.action.to} onClick={onDismiss}>
                {toast.action.label}
              </Link>
            )}
          </div>
          <button type="button" className="btn btn--ghost btn--icon" onClick={onDismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
