import { Injectable } from '@nestjs/common';
import { dmDeepLink } from '@parley/server-channels';
import { Clock, ConflictException, DEFAULT_PER_PAGE, Tenancy, type AuthContext } from '@parley/server-core';
import type { AssistReason, AssistedTaskDto, DmChannel, ListOf, MessageKind, OutreachDetailDto, SendWindow } from '@parley/shared-types';
import { DeliveryRecorder } from '../delivery-recorder';
import { firstFollowUpAt } from '../follow-ups/follow-up-rows';
import { OutreachService } from '../outreach.service';

interface TaskRow {
  id: string;
  outreach_id: string;
  campaign_id: string | null;
  channel: DmChannel;
  kind: MessageKind;
  follow_up_step: number | null;
  text: string;
  assist_reason: AssistReason;
  created_at: Date;
  influencer_id: string;
  username: string;
  display_name: string | null;
  platform: string;
  total: string;
}

/**
 * DMs a person sends by hand (status ready_to_send): the list to work through, oldest first, and
 * "mark as sent", which records the send as if the API had made it (a first message starts its
 * follow-up timing from now).
 */
@Injectable()
export class AssistedTasks {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly recorder: DeliveryRecorder,
    private readonly outreach: OutreachService,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, query: { channel?: DmChannel; campaignId?: string; page?: number; perPage?: number }): Promise<ListOf<'tasks', AssistedTaskDto>> {
    const page = query.page ?? 1;
    const perPage = query.perPage ?? DEFAULT_PER_PAGE;
    const rows = await this.tenancy.query<TaskRow>(
      auth.storeId,
      `SELECT m.id, m.outreach_id, o.campaign_id, m.channel, m.kind, m.follow_up_step, m.text, m.assist_reason, m.created_at,
              i.id AS influencer_id, i.username, i.display_name, i.platform, count(*) OVER () AS total
         FROM outreach_messages m
         JOIN influencer_outreach o ON o.id = m.outreach_id
         JOIN influencers i ON i.id = o.influencer_id
        WHERE m.store_id = $1 AND m.status = 'ready_to_send'
          AND ($2::text IS NULL OR m.channel = $2) AND ($3::uuid IS NULL OR o.campaign_id = $3)
        ORDER BY m.created_at, m.id
        LIMIT $4 OFFSET $5`,
      [query.channel ?? null, query.campaignId ?? null, perPage, (page - 1) * perPage],
    );
    const total = Number(rows[0]?.total ?? 0);
    return {
      tasks: rows.map((r) => ({
        messageId: r.id,
        outreachId: r.outreach_id,
        campaignId: r.campaign_id,
        channel: r.channel,
        kind: r.kind,
        followUpStep: r.follow_up_step,
        text: r.text,
        deepLink: dmDeepLink(r.channel, r.username),
        reason: r.assist_reason,
        influencer: { id: r.influencer_id, username: r.username, displayName: r.display_name, platform: r.platform },
        createdAt: r.created_at.toISOString(),
      })),
      pagination: { page, perPage, total, pages: Math.ceil(total / perPage) },
    };
  }

  /** A task sent by hand: `messageId`, else the outreach's oldest one. 409 when there is none. */
  async markSent(auth: AuthContext, outreachId: string, messageId?: string): Promise<OutreachDetailDto> {
    const sentAt = this.clock.now();
    const [task] = await this.tenancy.query<{ id: string; kind: string; campaign_id: string | null; text: string; follow_ups_paused: boolean; follow_up_days: number[] | null; send_window: SendWindow | null; no_response_after_days: number | null; influencer_zone: string | null; store_zone: string }>(
      auth.storeId,
      // Taken as a claim (ready_to_send → sending) so two clicks record one send.
      `WITH m AS (
         UPDATE outreach_messages SET status = 'sending', claimed_at = now(), updated_at = now()
          WHERE id = (SELECT id FROM outreach_messages WHERE store_id = $1 AND outreach_id = $2 AND status = 'ready_to_send' AND ($3::uuid IS NULL OR id = $3) ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
            AND status = 'ready_to_send'
          RETURNING id, outreach_id, kind, text)
       SELECT m.id, m.kind, m.text, o.campaign_id, o.follow_ups_paused_at IS NOT NULL AS follow_ups_paused, c.follow_up_days, c.send_window, c.no_response_after_days,
              i.timezone AS influencer_zone, s.timezone AS store_zone
         FROM m JOIN influencer_outreach o ON o.id = m.outreach_id JOIN influencers i ON i.id = o.influencer_id JOIN stores s ON s.id = o.store_id
         LEFT JOIN influencer_campaigns c ON c.id = o.campaign_id`,
      [outreachId, messageId ?? null],
    );
    if (!task) {
      await this.outreach.get(auth, outreachId); // 404 for another store's or a missing outreach
      throw new ConflictException('Nothing to mark as sent: this outreach has no message waiting to be sent by hand', { outreachId, messageId: messageId ?? null });
    }
    await this.recorder.sent(auth.storeId, task.id, {
      messageIdHeader: `manual:${task.id}`,
      subject: null,
      text: task.text,
      html: null,
      provider: `sent by hand by ${auth.email}`,
      sentAt,
      nextFollowUpAt: task.kind === 'initial' ? firstFollowUpAt(task, sentAt) : null,
    });
    return this.outreach.get(auth, outreachId);
  }
}
