import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import type { OutreachEventType } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';

export interface TimelineEvent {
  outreachId: string;
  messageId?: string | null;
  type: OutreachEventType;
  data?: Record<string, unknown>;
}

/**
 * Appends events to an outreach's timeline (the thread view). Statements that change a message and
 * record its event atomically (the sender's claim, sent and finish) write theirs in the same SQL.
 */
@Injectable()
export class OutreachTimeline {
  constructor(private readonly tenancy: Tenancy) {}

  async record(storeId: string, event: TimelineEvent, manager?: EntityManager): Promise<void> {
    await this.tenancy.query(
      storeId,
      `INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data) VALUES ($1, $2, $3, $4, now(), $5::jsonb)`,
      [event.outreachId, event.messageId ?? null, event.type, JSON.stringify(event.data ?? {})],
      manager,
    );
  }
}
