import type { StoreDto, UserDto } from '@parley/shared-types';

/** Who is signed in. Kept in localStorage so a reload keeps the user signed in. */
export interface Session {
  token: string;
  user: UserDto;
  store: StoreDto;
}

const STORAGE_KEY = 'parley.session';

function read(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    // A corrupt entry is treated as signed out rather than breaking the app.
    return null;
  }
}

let current = read();
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/**
 * A tiny external store rather than React state, so the API client (outside React) can read the
 * token and sign the user out on a 401.
 */
export const sessionStore = {
  get: (): Session | null => current,

  set(next: Session | null): void {
    current = next;
    if (next) localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else localStorage.removeItem(STORAGE_KEY);
    emit();
  },

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    // Signing in or out in another tab applies here too.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return;
      current = read();
      emit();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  },
};
