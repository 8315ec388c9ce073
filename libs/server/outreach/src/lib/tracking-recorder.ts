import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, Tenancy, type AppConfig } from '@parley/server-core';

export interface TrackingHit {
  messageId: string;
  type: 'opened' | 'clicked';
  at: Date;
  /** Known to be a machine already (user agent, HEAD request); opens soon after the send are flagged in SQL. */
  machine: boolean;
  userAgent: string | null;
  ip: string | null;
  url: string | null;
}

const FLUSH_MS = 100;
const MAX_BATCH = 1000;

/**
 * Records opens and clicks in batches: one statement per batch inserts the events and moves each
 * outreach to opened and sets clickedAt, so the pixel answers at once and
 * thousands of hits a second cost a few statements. Only a human open moves the status; a click sets
 * clickedAt (and is counted on its own); either by a person sets engagedAt, which the tracking-event
 * job turns into an earlier follow-up. A batch that fails is retried once, then logged.
 */
@Injectable()
export class TrackingRecorder implements OnApplicationShutdown {
  private readonly logger = new Logger(TrackingRecorder.name);
  private buffer: TrackingHit[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly tenancy: Tenancy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  record(hit: TrackingHit): void {
    this.buffer.push(hit);
    if (this.buffer.length >= MAX_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Writes everything buffered; resolves when it is in the database. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.buffer;
    this.buffer = [];
    if (batch.length)
      this.flushing = this.flushing
        .then(() => this.write(batch).catch(() => this.write(batch)))
        .catch((error: unknown) => this.logger.error({ err: error, hits: batch.length }, 'tracking hits lost'));
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private async write(batch: TrackingHit[]): Promise<void> {
    // Each hit names its message by a signed token, and the message names its store.
    await this.tenancy.acrossStores(
      `WITH ev AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::boolean[], $5::text[], $6::text[], $7::text[]) AS t(message_id, type, at, machine, ua, ip, url)),
       ins AS (
         INSERT INTO outreach_events (store_id, outreach_id, message_id, type, machine, at, data)
         SELECT m.store_id, m.outreach_id, m.id, ev.type,
                ev.machine OR (ev.type = 'opened' AND (m.sent_at IS NULL OR ev.at < m.sent_at + make_interval(secs => $8))),
                ev.at, jsonb_strip_nulls(jsonb_build_object('userAgent', ev.ua, 'ip', ev.ip, 'url', ev.url))
           FROM ev JOIN outreach_messages m ON m.id = ev.message_id
         RETURNING outreach_id, type, machine, at)
       UPDATE influencer_outreach o
          SET opened_at = COALESCE(o.opened_at, x.first_open),
              clicked_at = COALESCE(o.clicked_at, x.first_click),
              engaged_at = GREATEST(o.engaged_at, x.last_human),
              status = CASE WHEN o.status = 'sent' AND x.first_open IS NOT NULL THEN 'opened' ELSE o.status END,
              updated_at = now()
         FROM (SELECT outreach_id,
                      min(at) FILTER (WHERE NOT machine AND type = 'opened') AS first_open,
                      min(at) FILTER (WHERE NOT machine AND type = 'clicked') AS first_click,
                      max(at) FILTER (WHERE NOT machine) AS last_human
                 FROM ins GROUP BY outreach_id) x
        WHERE o.id = x.outreach_id AND (x.first_open IS NOT NULL OR x.first_click IS NOT NULL)`,
      [
        batch.map((h) => h.messageId),
        batch.map((h) => h.type),
        batch.map((h) => h.at.toISOString()),
        batch.map((h) => h.machine),
        batch.map((h) => h.userAgent?.slice(0, 500) ?? null),
        batch.map((h) => h.ip),
        batch.map((h) => h.url?.slice(0, 2000) ?? null),
        this.config.MACHINE_OPEN_SECONDS,
      ],
    );
  }
}
