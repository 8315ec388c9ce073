import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Tenancy, type AppConfig } from '@parley/server-core';
import { SuppressionsService } from '@parley/server-suppressions';
import type { RenderedCreator } from '@parley/server-templates';

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
  outreach_status: string;
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
}

/**
 * Every state change of an outgoing message, each one statement (or one transaction), so the row is
 * the truth about what was sent: claimed before sending, marked sent with the provider's id after.
 */
@Injectable()
export class DeliveryRecorder {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly suppressions: SuppressionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Claims a message for sending: queued (and due) → sending, or a claim older than the timeout (its
   * sender died), reading its outreach, creator, campaign, store, sender identity and suppression in
   * the same statement. Returns null when there is nothing to send, 'busy' when another sender holds it.
   */
  async claim(storeId: string, messageId: string): Promise<ClaimedMessage | 'busy' | { notBefore: Date } | null> {
    const rows = await this.tenancy.query<ClaimedMessage>(
      storeId,
      `WITH m AS (
         UPDATE outreach_messages SET status = 'sending', claimed_at = now(), attempts = attempts + 1, updated_at = now()
          WHERE store_id = $1 AND id = $2 AND direction = 'out'
            AND ((status IN ('queued', 'scheduled') AND (scheduled_for IS NULL OR scheduled_for <= now() + interval '2 seconds'))
                 OR (status = 'sending' AND claimed_at < now() - make_interval(secs => $3)))
          RETURNING id, outreach_id, kind, subject, text, html, to_address, message_id, attempts)
       SELECT m.*, o.status AS outreach_status, o.template_id, o.campaign_id, o.influencer_id, c.status AS campaign_status,
              s.name AS store_name, s.postal_address, si.from_name, si.from_email, si.reply_domain,
              EXISTS (SELECT 1 FROM suppressions x WHERE x.store_id = $1 AND lower(x.email) = lower(m.to_address)) AS suppressed,
              json_build_object('id', i.id, 'username', i.username, 'displayName', i.display_name, 'platform', i.platform, 'followersCount', i.followers_count,
                                'engagementRate', i.engagement_rate::float8, 'niche', i.niche, 'bio', i.bio, 'language', i.language) AS creator
         FROM m
         JOIN influencer_outreach o ON o.id = m.outreach_id
         JOIN influencers i ON i.id = o.influencer_id
         JOIN stores s ON s.id = o.store_id
         LEFT JOIN influencer_campaigns c ON c.id = o.campaign_id
         LEFT JOIN sender_identities si ON si.store_id = o.store_id`,
      [messageId, this.config.EMAIL_CLAIM_TIMEOUT_SECONDS],
    );
    if (rows.length) return rows[0];
    const [row] = await this.tenancy.query<{ status: string; scheduled_for: Date | null }>(storeId, `SELECT status, scheduled_for FROM outreach_messages WHERE store_id = $1 AND id = $2`, [messageId]);
    if (row?.status === 'sending') return 'busy';
    if (row && ['queued', 'scheduled'].includes(row.status) && row.scheduled_for) return { notBefore: row.scheduled_for };
    return null;
  }

  /** Gives the claim back (temporary failure, held campaign): the message is queued again. */
  async release(storeId: string, messageId: string, event: { type: 'deferred' | 'held'; data: Record<string, unknown> } | null, error: string | null = null): Promise<void> {
    await this.tenancy.query(
      storeId,
      `WITH m AS (UPDATE outreach_messages SET status = 'queued', claimed_at = NULL, error = $3, updated_at = now()
                   WHERE store_id = $1 AND id = $2 AND status = 'sending' RETURNING id, outreach_id)
       INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
       SELECT $1, m.outreach_id, m.id, $4, now(), $5::jsonb FROM m WHERE $4::text IS NOT NULL`,
      [messageId, error, event?.type ?? null, JSON.stringify(event?.data ?? {})],
    );
  }

  /** The provider took it: message sent, outreach sent (first message), an event. Returns the outreach's bulk. */
  async sent(storeId: string, messageId: string, content: { messageIdHeader: string; subject: string; text: string; html: string; provider: string }): Promise<string | null> {
    const rows = await this.tenancy.query<{ bulk_id: string | null }>(
      storeId,
      `WITH m AS (
         UPDATE outreach_messages SET status = 'sent', sent_at = now(), claimed_at = NULL, provider_message_id = $3, message_id = $4,
                subject = $5, text = $6, html = $7, error = NULL, updated_at = now()
          WHERE store_id = $1 AND id = $2 AND status = 'sending'
          RETURNING id, outreach_id, kind, sent_at, to_address),
       o AS (
         UPDATE influencer_outreach o
            SET status = CASE WHEN o.status IN ('queued', 'scheduled') THEN 'sent' ELSE o.status END,
                sent_at = COALESCE(o.sent_at, m.sent_at),
                subject = CASE WHEN m.kind = 'initial' THEN $5 ELSE o.subject END,
                message = CASE WHEN m.kind = 'initial' THEN $6 ELSE o.message END,
                status_reason = NULL, updated_at = now()
           FROM m WHERE o.store_id = $1 AND o.id = m.outreach_id
          RETURNING o.bulk_id),
       e AS (
         INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
         SELECT $1, m.outreach_id, m.id, 'sent', m.sent_at, jsonb_build_object('to', m.to_address, 'messageId', $4::text) FROM m)
       SELECT bulk_id FROM o`,
      [messageId, content.provider, content.messageIdHeader, content.subject, content.text, content.html],
    );
    return rows[0]?.bulk_id ?? null;
  }

  /**
   * The send will not go: `bounced` (the mailbox does not exist: the address is suppressed), `failed`
   * (refused for another reason, or out of retries) or `cancelled` (suppressed or stopped before it went).
   * The outreach follows when this was its first message.
   */
  async finish(storeId: string, messageId: string, outcome: 'bounced' | 'failed' | 'cancelled', reason: string): Promise<string | null> {
    const rows = await this.tenancy.query<{ bulk_id: string | null; to_address: string | null }>(
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
          RETURNING o.bulk_id),
       e AS (
         INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
         SELECT $1, m.outreach_id, m.id, $3, now(), jsonb_build_object('reason', $4::text, 'to', m.to_address) FROM m)
       SELECT o.bulk_id, (SELECT to_address FROM m) AS to_address FROM o`,
      [messageId, outcome, reason],
    );
    const row = rows[0];
    if (outcome === 'bounced' && row?.to_address) await this.suppressions.add(storeId, row.to_address, 'hard_bounce', reason.slice(0, 500));
    return row?.bulk_id ?? null;
  }
}
