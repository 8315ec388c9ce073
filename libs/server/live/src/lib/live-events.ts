import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, REDIS_CLIENT, SingleUseTickets, type AppConfig } from '@parley/server-core';
import type Redis from 'ioredis';
import { Observable, Subject, filter, map } from 'rxjs';

export interface LiveEvent {
  type: string;
  data: unknown;
}

interface Envelope extends LiveEvent {
  storeId: string;
}


/**
 * Store-scoped events for the SPA (bulk progress, replies, notifications): published through Redis
 * so a worker process reaches the browsers connected to any API process, and delivered only to
 * connections of the same store.
 */
@Injectable()
export class LiveEvents implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(LiveEvents.name);
  private readonly channel: string;
  private readonly stream = new Subject<Envelope>();
  private readonly closing = new Subject<void>();
  /** Emits when the application stops, so open streams end and the HTTP server can close. */
  readonly closed: Observable<void> = this.closing.asObservable();
  private subscriber?: Redis;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tickets: SingleUseTickets,
  ) {
    this.channel = `${config.REDIS_PREFIX}:live`;
  }

  async publish(storeId: string, type: string, data: unknown): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify({ storeId, type, data } satisfies Envelope));
  }

  /** The store's events from now on; the Redis subscription is opened by the first listener. */
  forStore(storeId: string): Observable<LiveEvent> {
    this.subscribe();
    return this.stream.pipe(
      filter((e) => e.storeId === storeId),
      map(({ type, data }) => ({ type, data })),
    );
  }

  /** A single-use ticket (60 s) for EventSource, which cannot send an Authorization header. */
  issueTicket(storeId: string, userId: string): Promise<{ ticket: string; expiresIn: number }> {
    return this.tickets.issue('live', { storeId, userId });
  }

  redeemTicket(ticket: string): Promise<{ storeId: string; userId: string } | null> {
    return this.tickets.redeem('live', ticket);
  }

  beforeApplicationShutdown(): void {
    this.closing.next();
    this.closing.complete();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stream.complete();
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private subscribe(): void {
    if (this.subscriber) return;
    this.subscriber = this.redis.duplicate({ connectionName: 'parley-live' });
    this.subscriber.on('message', (_channel: string, raw: string) => {
      try {
        this.stream.next(JSON.parse(raw) as Envelope);
      } catch (error) {
        this.logger.warn({ err: error }, 'unreadable live event');
      }
    });
    this.subscriber.subscribe(this.channel).catch((error: unknown) => this.logger.error({ err: error }, 'live events subscription failed'));
  }
}
