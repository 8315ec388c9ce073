import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { LiveEvents } from '@parley/server-live';
import { OutreachService } from './outreach.service';

const INTERVAL_MS = 500;

/**
 * Tells the SPA how a bulk send is going (SSE `bulk.progress`): at most twice a second per bulk, and
 * always once after the last change, so the final count is never missed.
 */
@Injectable()
export class BulkProgressNotifier implements OnApplicationShutdown {
  private readonly logger = new Logger(BulkProgressNotifier.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly outreach: OutreachService,
    private readonly live: LiveEvents,
  ) {}

  touch(storeId: string, bulkId: string): void {
    if (this.timers.has(bulkId)) return;
    this.timers.set(
      bulkId,
      setTimeout(() => {
        this.timers.delete(bulkId);
        this.outreach
          .bulkProgress(storeId, bulkId)
          .then((progress) => this.live.publish(storeId, 'bulk.progress', progress))
          .catch((error: unknown) => this.logger.warn({ err: error, bulkId }, 'bulk progress not published'));
      }, INTERVAL_MS),
    );
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
  }
}
