import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, NotFoundException, Tenancy } from '@parley/server-core';
import type { Channel, FollowUpRefusal, FollowUpResultDto } from '@parley/shared-types';
import { EmailQueue } from '../email-queue';
import { OutboundMessages } from '../outbound-messages';
import { FollowUpContentChooser, type FollowUpContent } from './follow-up-content';
import { nextFollowUpAt } from './follow-up-plan';
import { FollowUpPlanner } from './follow-up-planner';
import { FollowUpQueue } from './follow-up-queue';
import { FollowUpRows, policyOf, stateOf, stopOf, type FollowUpRow, type FollowUpStop } from './follow-up-rows';

interface Claimed {
  id: string;
  outreach_id: string;
  send_batch: string;
  channel: Channel;
}

/** The contract's reasons: a paused campaign is "paused" like a paused outreach. */
const refusalOf = (stop: FollowUpStop): FollowUpRefusal => (stop === 'campaign_paused' ? 'paused' : stop);

/**
 * Sends follow-ups: chooses what each says, then claims the outreach rows in one statement
 * (FOR UPDATE SKIP LOCKED, the step still the next one, still due and allowed) that also writes the
 * follow-up message, moves the count on and plans the step after. Whoever claims first sends; a
 * second sweeper, a late job or a retry finds the row moved on and sends nothing. A unique
 * (outreach, step) index on the messages backs this up. The messages then go through the email
 * queue like any other, in send batches (DMs through the DM sender, which may leave them to a person).
 */
@Injectable()
export class FollowUpSender {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly rows: FollowUpRows,
    private readonly content: FollowUpContentChooser,
    private readonly emailQueue: EmailQueue,
    private readonly outbound: OutboundMessages,
    private readonly followUpQueue: FollowUpQueue,
    private readonly planner: FollowUpPlanner,
    private readonly clock: Clock,
  ) {}

  /** Sends the follow-ups of these outreach that are due; answers how many were queued. */
  async sendDue(storeId: string, outreachIds: string[]): Promise<number> {
    const now = this.clock.now();
    const rows = await this.rows.load(storeId, outreachIds);
    // A row planned before it was stopped (a lost event, a crash) is cleared here rather than sent.
    const stopped = rows.filter((row) => row.next_follow_up_at && stopOf(row)).map((row) => row.id);
    if (stopped.length) await this.planner.replan(storeId, stopped);
    const due = rows.filter((row) => !stopOf(row) && row.next_follow_up_at && row.next_follow_up_at <= now);
    if (!due.length) return 0;
    const contents = await this.content.choose(storeId, due);
    return (await this.claimAndQueue(storeId, due, contents, { now, byHand: null })).length;
  }

  /** A follow-up asked for by hand: it goes now (and counts as its step), unless the outreach says it must not. */
  async sendNow(storeId: string, outreachId: string, input: { message?: string; subject?: string; by: string }): Promise<FollowUpResultDto> {
    const [row] = await this.rows.load(storeId, [outreachId]);
    if (!row) throw new NotFoundException('Outreach');
    const stop = stopOf(row);
    if (stop) return { sent: false, reason: refusalOf(stop) };
    const content = input.message?.trim()
      ? new Map([[row.id, this.content.byHand(row, input.message.trim(), input.subject)]])
      : await this.content.choose(storeId, [row]);
    const [claimed] = await this.claimAndQueue(storeId, [row], content, { now: this.clock.now(), byHand: input.by });
    if (claimed) return { sent: true, messageId: claimed.id, step: row.follow_up_count + 1 };
    // Something changed in between (a reply, a pause, another follow-up): say what.
    const [again] = await this.rows.load(storeId, [outreachId]);
    const stopNow = again && stopOf(again);
    return { sent: false, reason: stopNow ? refusalOf(stopNow) : 'finished' };
  }

  private async claimAndQueue(
    storeId: string,
    rows: FollowUpRow[],
    contents: Map<string, FollowUpContent>,
    options: { now: Date; byHand: string | null },
  ): Promise<Claimed[]> {
    const { now } = options;
    const threads = await this.threads(
      storeId,
      rows.map((r) => r.id),
    );
    const batches = this.emailQueue.batchIdsFor(rows.length);
    const input = rows.map((row, i) => {
      const step = row.follow_up_count + 1;
      const content = contents.get(row.id)!;
      const thread = threads.get(row.id) ?? [];
      // The step after this one, as if this one goes now.
      const next = nextFollowUpAt(policyOf(row), { ...stateOf(row), sent: step, lastSentAt: now }, now);
      return {
        row,
        step,
        content,
        next,
        messageId: randomUUID(),
        batch: batches[i],
        inReplyTo: thread.at(-1) ?? null,
        references: thread.slice(-10).join(' ') || null,
      };
    });
    const claimed = await this.tenancy.query<Claimed>(
      storeId,
      `WITH input AS (
         SELECT * FROM unnest($2::uuid[], $3::int[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::uuid[], $11::text[], $12::text[], $13::text[])
                    AS t(outreach_id, step, message_id, template_id, subject, text, html, next_at, send_batch, in_reply_to, refs, writer)),
       claimed AS (
         SELECT o.id, o.channel, o.to_address FROM influencer_outreach o
           JOIN input ON input.outreach_id = o.id
           LEFT JOIN influencer_campaigns c ON c.id = o.campaign_id
          WHERE o.store_id = $1 AND o.follow_up_count = input.step - 1 AND o.status IN ('sent', 'opened') AND o.follow_ups_paused_at IS NULL
            AND (c.id IS NULL OR c.status IN ('draft', 'active'))
            AND ($14::text IS NOT NULL OR o.next_follow_up_at <= $15::timestamptz)
          FOR UPDATE OF o SKIP LOCKED),
       m AS (
         INSERT INTO outreach_messages (id, store_id, outreach_id, direction, channel, kind, status, subject, text, html, to_address, template_id, follow_up_step, in_reply_to, references_header, send_batch)
         SELECT input.message_id, $1, claimed.id, 'out', claimed.channel, 'follow_up', 'queued', input.subject, input.text, input.html, claimed.to_address,
                input.template_id, input.step, input.in_reply_to, input.refs, input.send_batch
           FROM input JOIN claimed ON claimed.id = input.outreach_id
         ON CONFLICT DO NOTHING
         RETURNING id, outreach_id, follow_up_step, send_batch, channel),
       u AS (
         UPDATE influencer_outreach o SET follow_up_count = m.follow_up_step, last_follow_up_at = $15, next_follow_up_at = input.next_at,
                follow_up_planned_at = now(), updated_at = now()
           FROM m JOIN input ON input.outreach_id = m.outreach_id WHERE o.store_id = $1 AND o.id = m.outreach_id),
       e AS (
         INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
         SELECT $1, m.outreach_id, m.id, 'queued', now(), jsonb_strip_nulls(jsonb_build_object('kind', 'follow_up', 'followUpStep', m.follow_up_step, 'writer', input.writer, 'by', $14::text))
           FROM m JOIN input ON input.outreach_id = m.outreach_id)
       SELECT m.id, m.outreach_id, m.send_batch, m.channel FROM m`,
      [
        input.map((x) => x.row.id),
        input.map((x) => x.step),
        input.map((x) => x.messageId),
        input.map((x) => x.content.templateId),
        input.map((x) => x.content.subject),
        input.map((x) => x.content.text),
        input.map((x) => x.content.html),
        input.map((x) => x.next),
        input.map((x) => x.batch),
        input.map((x) => x.inReplyTo),
        input.map((x) => x.references),
        input.map((x) => x.content.writer),
        options.byHand,
        now,
      ],
    );
    if (!claimed.length) return claimed;
    await this.outbound.dispatch(claimed.map((c) => ({ storeId, messageId: c.id, sendBatch: c.send_batch, channel: c.channel })));
    const byOutreach = new Map(input.map((x) => [x.row.id, x]));
    // The step just sent needs no job any more (one sent by hand was planned for later); the next one does.
    await this.followUpQueue.sync(
      claimed.flatMap((c) => {
        const { step, next } = byOutreach.get(c.outreach_id)!;
        return [
          { storeId, outreachId: c.outreach_id, step, at: null },
          { storeId, outreachId: c.outreach_id, step: step + 1, at: next },
        ];
      }),
    );
    return claimed;
  }

  /** The Message-IDs of each outreach's sent messages, oldest first: In-Reply-To the latest, References the thread. */
  private async threads(storeId: string, outreachIds: string[]): Promise<Map<string, string[]>> {
    const rows = await this.tenancy.query<{ outreach_id: string; ids: string[] }>(
      storeId,
      `SELECT outreach_id, array_agg(message_id ORDER BY sent_at) AS ids FROM outreach_messages
        WHERE store_id = $1 AND outreach_id = ANY($2::uuid[]) AND direction = 'out' AND status = 'sent' AND message_id IS NOT NULL
        GROUP BY outreach_id`,
      [outreachIds],
    );
    return new Map(rows.map((r) => [r.outreach_id, r.ids]));
  }
}
