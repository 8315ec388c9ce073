import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_NO_RESPONSE_AFTER_DAYS,
  type FollowUpRefusal,
  type FollowUpWriter,
  type OutreachStatus,
  type SendWindow,
} from '@parley/shared-types';
import type { EntityManager } from 'typeorm';
import { nextFollowUpAt, type FollowUpPolicy, type FollowUpState } from './follow-up-plan';
import { knownZone } from './send-window';

/** An outreach with everything its follow-ups depend on, read in one statement. */
export interface FollowUpRow {
  id: string;
  store_id: string;
  status: OutreachStatus;
  channel: string;
  subject: string | null;
  influencer_id: string;
  campaign_id: string | null;
  sent_at: Date | null;
  follow_up_count: number;
  last_follow_up_at: Date | null;
  next_follow_up_at: Date | null;
  engaged_at: Date | null;
  away_until: Date | null;
  follow_ups_paused_at: Date | null;
  opened_at: Date | null;
  clicked_at: Date | null;
  campaign_status: string | null;
  follow_up_days: number[] | null;
  send_window: SendWindow | null;
  no_response_after_days: number | null;
  follow_up_template_ids: (string | null)[] | null;
  follow_up_writer: FollowUpWriter | null;
  influencer_zone: string | null;
  store_zone: string;
  suppressed: boolean;
}

export type FollowUpStop = FollowUpRefusal | 'campaign_paused';

const SELECT = `
  SELECT o.id, o.store_id, o.status, o.channel, o.subject, o.influencer_id, o.campaign_id, o.sent_at, o.follow_up_count, o.last_follow_up_at,
         o.next_follow_up_at, o.engaged_at, o.away_until, o.follow_ups_paused_at, o.opened_at, o.clicked_at,
         c.status AS campaign_status, c.follow_up_days, c.send_window, c.no_response_after_days, c.follow_up_template_ids, c.follow_up_writer,
         i.timezone AS influencer_zone, s.timezone AS store_zone,
         (o.status = 'unsubscribed' OR EXISTS (SELECT 1 FROM suppressions x WHERE x.store_id = o.store_id AND lower(x.email) = lower(o.to_address))) AS suppressed
    FROM influencer_outreach o
    JOIN influencers i ON i.id = o.influencer_id
    JOIN stores s ON s.id = o.store_id
    LEFT JOIN influencer_campaigns c ON c.id = o.campaign_id
   WHERE o.store_id = $1 AND o.id = ANY($2::uuid[])`;

/** Reads outreach for planning and sending follow-ups; `lock` holds the rows until the transaction ends. */
@Injectable()
export class FollowUpRows {
  constructor(private readonly tenancy: Tenancy) {}

  load(storeId: string, ids: string[], options: { manager?: EntityManager; lock?: boolean } = {}): Promise<FollowUpRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tenancy.query<FollowUpRow>(storeId, `${SELECT}${options.lock ? ' ORDER BY o.id FOR UPDATE OF o' : ''}`, [ids], options.manager);
  }
}

/** What a follow-up policy is read from: the campaign's settings and the two time zones. */
export type PolicyFields = Pick<FollowUpRow, 'campaign_id' | 'follow_up_days' | 'send_window' | 'no_response_after_days' | 'influencer_zone' | 'store_zone'>;

export function policyOf(row: PolicyFields): FollowUpPolicy {
  return {
    days: row.campaign_id ? (row.follow_up_days ?? DEFAULT_FOLLOW_UP_DAYS) : DEFAULT_FOLLOW_UP_DAYS,
    window: row.send_window,
    timeZone: knownZone(row.influencer_zone, knownZone(row.store_zone, 'UTC')),
    noResponseAfterDays: row.no_response_after_days ?? DEFAULT_NO_RESPONSE_AFTER_DAYS,
  };
}

export function stateOf(row: FollowUpRow): FollowUpState {
  return {
    firstSentAt: row.sent_at!,
    sent: row.follow_up_count,
    lastSentAt: row.last_follow_up_at ?? row.sent_at!,
    engagedAt: row.engaged_at,
    awayUntil: row.away_until,
  };
}

/** Why no follow-up may go for this outreach now, or null when one may. */
export function stopOf(row: FollowUpRow): FollowUpStop | null {
  if (!row.sent_at || ['draft', 'scheduled', 'queued', 'ready_to_send'].includes(row.status)) return 'not_sent';
  if (['replied', 'interested', 'declined'].includes(row.status)) return 'replied';
  if (row.status === 'bounced') return 'bounced';
  if (row.suppressed) return 'suppressed';
  if (row.status !== 'sent' && row.status !== 'opened') return 'finished';
  if (row.campaign_status === 'completed') return 'finished';
  if (row.follow_ups_paused_at) return 'paused';
  if (row.campaign_status === 'paused') return 'campaign_paused';
  if (row.follow_up_count >= policyOf(row).days.length) return 'finished';
  return null;
}

/**
 * The first follow-up of a first message going at `sentAt` (null when its follow-ups are paused or
 * the sequence is empty): planned by the sender in the statement that records the send.
 */
export function firstFollowUpAt(message: PolicyFields & { follow_ups_paused: boolean }, sentAt: Date): Date | null {
  if (message.follow_ups_paused) return null;
  return nextFollowUpAt(policyOf(message), { firstSentAt: sentAt, sent: 0, lastSentAt: sentAt, engagedAt: null, awayUntil: null }, sentAt);
}
