import { api } from './api-client';

/** What a live event's `data` carries depends on its type; each listener checks the shape it expects. */
export type LiveHandlers = Record<string, (data: unknown) => void>;

export interface LiveOptions {
  /** The stream is open: events from now on arrive here. */
  onOpen?: () => void;
  /** The stream could not open or dropped; it is retried with a new ticket after a pause. */
  onDown?: () => void;
}

/** Pauses before reconnecting, longer after each failure in a row. */
const RETRY_MS = [2_000, 5_000, 15_000, 30_000];

/**
 * Listens to the signed-in store's server-sent events (`GET /api/events`). EventSource cannot send
 * the bearer token, so each connection first gets a single-use ticket; EventSource's own retry would
 * reuse the spent ticket, so on an error the stream is closed and reopened with a new ticket instead.
 * Returns the function that stops listening.
 */
export function subscribeLive(handlers: LiveHandlers, options: LiveOptions = {}): () => void {
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;

  const retry = () => {
    options.onDown?.();
    if (stopped) return;
    timer = setTimeout(() => void connect(), RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]);
    failures += 1;
  };

  const connect = async () => {
    try {
      const { ticket } = await api.post<{ ticket: string; expiresIn: number }>('/events/ticket');
      if (stopped) return;
      const opened = new EventSource(`/api/events?ticket=${encodeURIComponent(ticket)}`);
      source = opened;
      opened.onopen = () => {
        failures = 0;
        options.onOpen?.();
      };
      opened.onerror = () => {
        opened.close();
        source = null;
        retry();
      };
      for (const [type, handle] of Object.entries(handlers)) {
        opened.addEventListener(type, (event: MessageEvent) => {
          const data = parse(event.data);
          if (data !== undefined) handle(data);
        });
      }
    } catch {
      if (!stopped) retry();
    }
  };

  if (typeof EventSource === 'undefined') options.onDown?.();
  else void connect();

  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}

function parse(raw: unknown): unknown {
  if (typeof raw !== 'string') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
