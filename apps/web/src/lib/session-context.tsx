import type { AuthResult, StoreDto, UserDto } from '@parley/shared-types';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { sessionStore, type Session } from '@/lib/session';

interface SessionContextValue {
  session: Session | null;
  signIn: (result: AuthResult) => void;
  signOut: () => void;
  /** Refreshes the stored user and store (after /auth/me or a store update). */
  update: (patch: { user?: UserDto; store?: StoreDto }) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const queryClient = useQueryClient();

  const signIn = useCallback(
    ({ accessToken, user, store }: AuthResult) => {
      // Cached data belongs to whoever was signed in before.
      queryClient.clear();
      sessionStore.set({ token: accessToken, user, store });
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    sessionStore.set(null);
    queryClient.clear();
  }, [queryClient]);

  const update = useCallback((patch: { user?: UserDto; store?: StoreDto }) => {
    const current = sessionStore.get();
    if (current) sessionStore.set({ ...current, ...patch });
  }, []);

  const value = useMemo(() => ({ session, signIn, signOut, update }), [session, signIn, signOut, update]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in store's id: every query key includes it so two stores never share cached data. */
export function useStoreId(): string {
  const { session } = useSession();
  if (!session) throw new Error('useStoreId needs a signed-in user');
  return session.store.id;
}
