import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, GroupCommit, Tenancy, type AppConfig } from '@parley/server-core';
import { SuppressionsService } from '@parley/server-suppressions';
import type { RenderedCreator } from '@parley/server-templates';
import type { AssistReason, SendWindow } from '@parley/shared-types';
import { FollowUpPlanner } from './follow-ups/follow-up-planner';

/** A claimed message with what sending it depends on, read in the claiming statement. */
export interface ClaimedMessage {
  id: string;
  outreach_id: string;
  kind: string;
  subject: string | null;
  text: string;
  html: string | null;
  to_address: string | null;
  message_id: string | null;
  attempts: number;
  /** A response answers the creator's message: its Message-ID and the thread's, for In-Reply-To and References. */
  in_reply_to: string | null;
  references_header: string | null;
  outreach_status: string;
  /** The template it is rendered from when it has no text yet: the message's own (a follow-up's), else its outreach's (a bulk's). */
  template_id: string | null;
  campaign_id: string | null;
  influencer_id: string;
  campaign_status: string | null;
  store_name: string;
  postal_address: string | null;
  from_name: string | null;
  from_email: string | null;
  reply_domain: string | null;
  suppressed: boolean;
  /** The creator, for rendering (bulk messages are rendered at send time). */
  creator: RenderedCreator;
  /** What the first follow-up is planned from when this first message goes. */
  follow_ups_paused: boolean;
  follow_up_days: number[] | null;
  send_window: SendWindow | null;
  no_response_after_days: number | null;
  influencer_zone: string | null;
  store_zone: string;
}

/**
 * A message a sender may claim (`$3`: the claim timeout in seconds): queued or scheduled and due, or
 * claimed by a sender that has not finished within the timeout (it died).
 */
export const claimable = (alias: string) => {
  const x = alias ? `${alias}.` : '';
  return `((${x}status IN ('queued', 'scheduled') AND (${x}scheduled_for IS NULL OR ${x}scheduled_for <= now() + interval '2 seconds'))
           OR (${x}status = 'sending' AND ${x}claimed_at < now() - make_interval(secs => $3)))`;
};

/** What sending a claimed message `m` needs besides the message: its outreach, the creator (for rendering), the campaign's follow-up policy, the store. */
export const CLAIM_CONTEXT_COLUMNS = `o.status AS outreach_status, COALESCE(m.message_template_id, o.template_id) AS template_id, o.campaign_id, o.influencer_id, c.status AS campaign_status,
              o.follow_ups_paused_at IS NOT NULL AS follow_ups_paused, c.follow_up_days, c.send_window, c.no_response_after_days,
              i.timezone AS influencer_zone, s.timezone AS store_zone,
              json_build_object('id', i.id, 'username', i.username, 'displayName', i.display_name, 'platform', i.platform, 'followersCount', i.followers_count,
                                'engagementRate', i.engagement_rate::float8, 'niche', i.niche, 'bio', i.bio, 'language', i.language) AS creator`;
export const CLAIM_CONTEXT_JOINS = `JOIN influencer_outreach o ON o.id = m.outreach_id
         JOIN influencers i ON i.id = o.influencer_id
         JOIN stores s ON s.id = o.store_id
         LEFT JOIN influencer_campaigns c ON c.id = o.campaign_id`;

/** Why a message was not claimed: another sender holds it until a time, or it is scheduled for later. */
export type ClaimOutcome = ClaimedMessage | { heldUntil: Date } | { notBefore: Date };

export interface SentContent {
  /** The email's Message-ID, or the platform's id of a DM. */
  messageIdHeader: string;
  subject: string | null;
  text: string;
  html: string | null;
  provider: string;
  sentAt: Date;
  /** A first message's first follow-up, planned from sentAt (null: none). */
  nextFollowUpAt: Date | null;
}

type SentRecord = SentContent & { storeId: string; messageId: string };

/** Up to 50 rows per statement, two statements in flight: big enough to amortise, small enough to stay quick. */
const BATCHING = { maxBatch: 50, parallel: 1, lingerMs: 5 };

/** Runs `write` once per store over that store's items (tenant statements are bound to one store) and answers in the items' order. */
async function byStore<T extends { storeId: string }, R>(items: T[], write: (storeId: string, group: T[]) => Promise<R[]>): Promise<R[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(item.storeId, [...(groups.get(item.storeId) ?? []), i]));
  const results = new Array<R>(items.length);
  await Promise.all(
    [...groups].map(async ([storeId, indexes]) => {
      const written = await write(
        storeId,
        indexes.map((i) => items[i]),
      );
      indexes.forEach((i, k) => (results[i] = written[k]));
    }),
  );
  return results;
}

/**
 * Every state change of an outgoing message, each one statement (or one transaction), so the row is
 * the truth about what was sent: claimed before sending, marked sent with the provider's id after.
 */
@Injectable()
export class DeliveryRecorder {
  private readonly sentRecords = new GroupCommit<SentRecord, string | null>(
    (items) =>
      byStore(items, (storeId, group) =>
        this.sentMany(storeId, group).catch(() => Promise.all(group.map((record) => this.sentMany(storeId, [record]).then(([bulkId]) => bulkId)))),
      ),
    BATCHING,
  );

  constructor(
    private readonly tenancy: Tenancy,
    private readonly suppressions: SuppressionsService,
    private readonly planner: FollowUpPlanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Claims messages for sending: queued (and due) → sending, or a claim older than the timeout (its
   * sender died), reading each one's outreach, creator, campaign, store, sender identity and
   * suppression in the same statement. For a message not claimed it answers why: held by another
   * sender until a time, scheduled for later, or null (nothing to send).
   */
  async claim(storeId: string, messageIds: string[]): Promise<Map<string, ClaimOutcome>> {
    const outcomes = new Map<string, ClaimOutcome>((await this.claimMany(storeId, messageIds)).map((m) => [m.id, m]));
    const missing = messageIds.filter((id) => !outcomes.has(id));
    if (!missing.length) return outcomes;
    const rows = await this.tenancy.query<{ id: string; status: string; scheduled_for: Date | null; claim_expires: Date | null }>(
      storeId,
      `SELECT id, status, scheduled_for, claimed_at + make_interval(secs => $3) AS claim_expires FROM outreach_messages WHERE store_id = $1 AND id = ANY($2::uuid[])`,
      [missing, this.config.EMAIL_CLAIM_TIMEOUT_SECONDS],
    );
    for (const row of rows) {
      if (row.status === 'sending' && row.claim_expires) outcomes.set(row.id, { heldUntil: row.claim_expires });
      else if (['queued', 'scheduled'].includes(row.status) && row.scheduled_for) outcomes.set(row.id, { notBefore: row.scheduled_for });
    }
    return outcomes;
  }

  private async claimMany(storeId: string, messageIds: string[]): Promise<ClaimedMessage[]> {
    return this.tenancy.prepared<ClaimedMessage>(
      storeId,
      'outreach-claim',
      `WITH m AS (
         UPDATE outreach_messages SET status = 'sending', claimed_at = now(), attempts = attempts + 1, updated_at = now()
          WHERE store_id = $1 AND id = ANY($2::uuid[]) AND direction = 'out' AND ${claimable('')}
          RETURNING id, outreach_id, kind, subject, text, html, to_address, message_id, attempts, in_reply_to, references_header, template_id AS message_template_id)
       SELECT m.*, ${CLAIM_CONTEXT_COLUMNS},
              s.name AS store_name, s.postal_address, si.from_name, si.from_email, si.reply_domain,
              EXISTS (SELECT 1 FROM suppressions x WHERE x.store_id = $1 AND lower(x.email) = lower(m.to_address)) AS suppressed
         FROM m ${CLAIM_CONTEXT_JOINS}
         LEFT JOIN sender_identities si ON si.store_id = o.store_id`,
      [messageIds, this.config.EMAIL_CLAIM_TIMEOUT_SECONDS],
    );
  }

  /** Gives claims back (temporary failure, held campaign, a later slot): the messages are queued again. */
  async release(
    storeId: string,
    messageIds: string[],
    event: { type: 'deferred' | 'held'; data: Record<string, unknown> } | null,
    error: string | null = null,
  ): Promise<void> {
    await this.tenancy.query(
      storeId,
      `WITH m AS (UPDATE outreach_messages SET status = 'queued', claimed_at = NULL, error = $3, updated_at = now()
                   WHERE store_id = $1 AND id = ANY($2::uuid[]) AND status = 'sending' RETURNING id, outreach_id)
       INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
       SELECT $1, m.outreach_id, m.id, $4, now(), $5::jsonb FROM m WHERE $4::text IS NOT NULL`,
      [messageIds, error, event?.type ?? null, JSON.stringify(event?.data ?? {})],
    );
  }

  /**
   * The provider took it: message sent, outreach sent (first message), an event. Returns the outreach's
   * bulk. Concurrent records are written together; a batch that fails is written again row by row, so
   * one bad row cannot leave the others unrecorded (and sent again).
   */
  sent(storeId: string, messageId: string, content: SentContent): Promise<string | null> {
    return this.sentRecords.submit({ storeId, messageId, ...content });
  }

  private async sentMany(storeId: string, records: SentRecord[]): Promise<(string | null)[]> {
    const rows = await this.tenancy.prepared<{ id: string; bulk_id: string | null }>(
      storeId,
      'outreach-sent',
      `WITH r AS (SELECT * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[]) AS t(id, provider, message_id, subject, text, html, sent_at, next_follow_up_at)),
       m AS (
         UPDATE outreach_messages x SET status = 'sent', sent_at = r.sent_at, claimed_at = NULL, provider_message_id = r.provider, message_id = r.message_id,
                subject = r.subject, text = r.text, html = r.html, error = NULL, updated_at = now()
           FROM r WHERE x.store_id = $1 AND x.id = r.id AND x.status = 'sending'
          RETURNING x.id, x.outreach_id, x.kind, x.sent_at, x.to_address, x.message_id, x.subject, x.text, r.next_follow_up_at),
       -- One row per outreach (its first message first), so an outreach with two messages in the batch is updated once.
       f AS (SELECT DISTINCT ON (outreach_id) * FROM m ORDER BY outreach_id, kind <> 'initial'),
       o AS (
         UPDATE influencer_outreach o
            SET status = CASE WHEN o.status IN ('queued', 'scheduled', 'ready_to_send') THEN 'sent' ELSE o.status END,
                sent_at = COALESCE(o.sent_at, f.sent_at),
                subject = CASE WHEN f.kind = 'initial' THEN f.subject ELSE o.subject END,
                message = CASE WHEN f.kind = 'initial' THEN f.text ELSE o.message END,
                -- The first message went: its first follow-up is planned in the same statement (a day or more
                -- ahead, so its delayed job is added later, when it comes within the queue's horizon).
                next_follow_up_at = CASE WHEN f.kind = 'initial' AND o.status IN ('queued', 'scheduled', 'ready_to_send') THEN f.next_follow_up_at ELSE o.next_follow_up_at END,
                follow_up_planned_at = CASE WHEN f.kind = 'initial' AND o.status IN ('queued', 'scheduled', 'ready_to_send') THEN now() ELSE o.follow_up_planned_at END,
                status_reason = NULL, updated_at = now()
           FROM f WHERE o.store_id = $1 AND o.id = f.outreach_id
          RETURNING o.id, o.bulk_id),
       e AS (
         INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
         SELECT $1, m.outreach_id, m.id, 'sent', m.sent_at, jsonb_build_object('to', m.to_address, 'messageId', m.message_id) FROM m)
       SELECT m.id, o.bulk_id FROM m JOIN o ON o.id = m.outreach_id`,
      [
        records.map((r) => r.messageId),
        records.map((r) => r.provider),
        records.map((r) => r.messageIdHeader),
        records.map((r) => r.subject),
        records.map((r) => r.text),
        records.map((r) => r.html),
        records.map((r) => r.sentAt),
        records.map((r) => r.nextFollowUpAt),
      ],
    );
    const bulkOf = new Map(rows.map((r) => [r.id, r.bulk_id]));
    return records.map((r) => bulkOf.get(r.messageId) ?? null);
  }

  /**
   * A DM the platform will not take from us now: it waits, with its text, for a person to send it by
   * hand (an assisted task). A first message leaves its outreach ready_to_send; follow-ups and
   * responses stay on the thread as tasks.
   */
  async assist(storeId: string, messageId: string, text: string, reason: AssistReason): Promise<string | null> {
    const rows = await this.tenancy.query<{ bulk_id: string | null }>(
      storeId,
      `WITH m AS (
         UPDATE outreach_messages SET status = 'ready_to_send', text = $3, assist_reason = $4, claimed_at = NULL, error = NULL, updated_at = now()
          WHERE store_id = $1 AND id = $2 AND status IN ('sending', 'queued', 'scheduled')
          RETURNING id, outreach_id, kind),
       o AS (
         UPDATE influencer_outreach o
            SET status = CASE WHEN m.kind = 'initial' AND o.status IN ('queued', 'scheduled') THEN 'ready_to_send' ELSE o.status END,
                message = CASE WHEN m.kind = 'initial' THEN $3 ELSE o.message END,
                status_reason = CASE WHEN m.kind = 'initial' THEN $4 ELSE o.status_reason END, updated_at = now()
           FROM m WHERE o.store_id = $1 AND o.id = m.outreach_id
          RETURNING o.bulk_id),
       e AS (
         INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
         SELECT $1, m.outreach_id, m.id, 'ready_to_send', now(), jsonb_build_object('reason', $4::text, 'kind', m.kind) FROM m)
       SELECT bulk_id FROM o`,
      [messageId, text, reason],
    );
    return rows[0]?.bulk_id ?? null;
  }

  /**
   * The send will not go: `bounced` (the mailbox does not exist: the address is suppressed), `failed`
   * (refused for another reason, or out of retries) or `cancelled` (suppressed or stopped before it went).
   * The outreach follows when this was its first message.
   */
  async finish(storeId: string, messageId: string, outcome: 'bounced' | 'failed' | 'cancelled', reason: string): Promise<string | null> {
    const rows = await this.tenancy.query<{ bulk_id: string | null; to_address: string | null; outreach_id: string }>(
      storeId,
      `WITH m AS (
         UPDATE outreach_messages SET status = $3, claimed_at = NULL, error = $4, updated_at = now()
          WHERE store_id = $1 AND id = $2 AND status IN ('sending', 'queued', 'scheduled')
          RETURNING id, outreach_id, kind, to_address),
       o AS (
         UPDATE influencer_outreach o
            SET status = CASE WHEN m.kind = 'initial' AND o.status IN ('queued', 'scheduled') THEN $3
                              WHEN $3 = 'bounced' THEN 'bounced' ELSE o.status END,
                status_reason = $4, next_follow_up_at = CASE WHEN $3 = 'bounced' THEN NULL ELSE o.next_follow_up_at END, updated_at = now()
           FROM m WHERE o.store_id = $1 AND o.id = m.outreach_id
          RETURNING o.bulk_id, o.id AS outreach_id),
       e AS (
         INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
         SELECT $1, m.outreach_id, m.id, $3, now(), jsonb_build_object('reason', $4::text, 'to', m.to_address) FROM m)
       SELECT o.bulk_id, o.outreach_id, (SELECT to_address FROM m) AS to_address FROM o`,
      [messageId, outcome, reason],
    );
    const row = rows[0];
    if (outcome === 'bounced' && row?.to_address) await this.suppressions.add(storeId, row.to_address, 'hard_bounce', reason.slice(0, 500));
    if (outcome === 'bounced' && row) await this.planner.replan(storeId, [row.outreach_id]);
    return row?.bulk_id ?? null;
  }
}
