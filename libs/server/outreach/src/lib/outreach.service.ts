import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CampaignNotSendingException,
  ChannelNotReadyException,
  ConflictException,
  NotFoundException,
  SuppressedException,
  Tenancy,
  Clock,
  ValidationException,
  paginate,
  type AuthContext,
} from '@parley/server-core';
import {
  Influencer,
  InfluencerCampaign,
  InfluencerOutreach,
  OutreachBulk,
  OutreachEvent,
  OutreachMessage,
  OutreachTemplate,
  SenderIdentity,
  Store,
} from '@parley/server-data';
import { SuppressionsService } from '@parley/server-suppressions';
import { RenderSubjectLoader, TemplateRenderer, checkTemplate, type RenderableTemplate } from '@parley/server-templates';
import { DmAdapters } from '@parley/server-channels';
import { DM_CHANNEL_OF, DM_PLATFORM_OF, type BulkProgressDto, type BulkSendResultDto, type Channel, type DmChannel, type ListOf, type OutreachDetailDto, type OutreachDto, type Platform, type SkipReason, type TemplateType } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';
import { DmConversations } from './dm/dm-conversations';
import { EmailQueue } from './email-queue';
import { OutboundMessages } from './outbound-messages';
import { FollowUpPlanner } from './follow-ups/follow-up-planner';
import { FollowUpsService } from './follow-ups/follow-ups.service';
import { knownZone, shiftIntoWindow } from './follow-ups/send-window';
import { OutreachTimeline } from './outreach-timeline';
import type { BulkOutreachDto, OutreachListQueryDto, SendOutreachDto } from './outreach.dto';
import { toEventDto, toMessageDto, toOutreachDto } from './outreach.serializer';

const SENDING_CAMPAIGN = new Set(['draft', 'active']);
const LIVE_STATUSES = ['scheduled', 'queued', 'ready_to_send', 'sent', 'opened', 'replied', 'interested', 'declined', 'no_response'];

interface BulkCandidate {
  email: string | null;
  platform: Platform;
  suppressed: boolean;
  contacted: boolean;
}

/**
 * The channel a bulk send reaches this creator on, or why it leaves them out (suppression first). With
 * `auto`: the template's channel where it reaches them, else email when they have an address, else a
 * DM on their own platform (which the DM sender sends or leaves to a person).
 */
function bulkChannel(p: BulkCandidate | undefined, requested: Channel | 'auto', templateChannel: Channel): { channel: Channel } | { skip: SkipReason } {
  if (!p) return { skip: 'not_found' };
  if (p.suppressed) return { skip: 'suppressed' };
  const dmChannel = (DM_CHANNEL_OF as Record<string, DmChannel | undefined>)[p.platform] ?? null;
  const reaches = (channel: Channel) => (channel === 'email' ? !!p.email : channel === dmChannel);
  let channel: Channel | null;
  if (requested !== 'auto') channel = reaches(requested) ? requested : null;
  else channel = [templateChannel, 'email' as const, dmChannel].find((c): c is Channel => c !== null && reaches(c)) ?? null;
  if (!channel) return { skip: requested === 'email' || (requested === 'auto' && !dmChannel) ? 'no_email' : 'dm_not_available' };
  if (p.contacted) return { skip: 'already_contacted' };
  return { channel };
}

/**
 * Creates outreach and hands its messages to the queue; lists and shows threads; cancels what has
 * not gone yet. Sending itself is the email processor's job.
 */
@Injectable()
export class OutreachService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly suppressions: SuppressionsService,
    private readonly subjects: RenderSubjectLoader,
    private readonly renderer: TemplateRenderer,
    private readonly queue: EmailQueue,
    private readonly outbound: OutboundMessages,
    private readonly conversations: DmConversations,
    private readonly timeline: OutreachTimeline,
    private readonly followUps: FollowUpsService,
    private readonly planner: FollowUpPlanner,
    private readonly clock: Clock,
  ) {}

  /** One outreach, rendered now (so what the preview showed is what goes), sent by a job at once or at `scheduleFor`. */
  async send(auth: AuthContext, dto: SendOutreachDto): Promise<OutreachDetailDto> {
    const influencer = await this.tenancy.repo(Influencer, auth.storeId).get(dto.influencerId);
    const campaign = dto.campaignId ? await this.campaign(auth, dto.campaignId) : null;
    if (dto.channel === 'email' && !influencer.email)
      throw new ValidationException([{ field: 'influencerId', messages: ['this influencer has no email address'] }]);
    if (DmAdapters.isDm(dto.channel) && influencer.platform !== DM_PLATFORM_OF[dto.channel])
      throw new ValidationException([{ field: 'channel', messages: [`this creator is on ${influencer.platform}, not ${DM_PLATFORM_OF[dto.channel]}: reach them by email or their own platform`] }]);
    // The do-not-contact list holds the creator's address; it stands for the person, on every channel (as in bulk sends).
    if (influencer.email && (await this.suppressions.isSuppressed(auth.storeId, influencer.email))) throw new SuppressedException(influencer.email);

    const template = await this.contentOf(auth, dto);
    const rendered = await this.renderer.render(template.renderable, await this.subjects.load(auth, influencer.id, campaign?.id));
    if (rendered.overLimit)
      throw new ValidationException([{ field: dto.customMessage ? 'customMessage' : 'templateId', messages: [rendered.overLimit] }], rendered.overLimit);
    // A DM goes to the DM sender, which sends it by API inside the platform's window or leaves it to a person.
    const identity = dto.channel === 'email' ? await this.requireIdentity(auth.storeId) : null;
    // A scheduled send waits for the campaign's window; one without scheduleFor goes at once.
    const scheduled = dto.scheduleFor
      ? this.laterThanNow(
          shiftIntoWindow(this.notPast(dto.scheduleFor), campaign?.sendWindow ?? null, knownZone(influencer.timezone, await this.storeZone(auth.storeId))),
        )
      : null;

    const { outreachId, messageId } = await this.tenancy.transaction(async (manager) => {
      if (campaign) await this.join(auth.storeId, campaign.id, [influencer.id], manager);
      const outreach = await this.tenancy.repo(InfluencerOutreach, auth.storeId, manager).save(
        Object.assign(new InfluencerOutreach(), {
          storeId: auth.storeId,
          campaignId: campaign?.id ?? null,
          influencerId: influencer.id,
          templateId: template.templateId,
          channel: dto.channel,
          toAddress: dto.channel === 'email' ? influencer.email : null,
          subject: rendered.subject,
          message: rendered.body,
          status: scheduled ? 'scheduled' : 'queued',
          scheduledFor: scheduled,
        }),
      );
      const message = await this.tenancy.repo(OutreachMessage, auth.storeId, manager).save(
        Object.assign(new OutreachMessage(), {
          storeId: auth.storeId,
          outreachId: outreach.id,
          direction: 'out',
          channel: dto.channel,
          kind: 'initial',
          status: scheduled ? 'scheduled' : 'queued',
          subject: rendered.subject,
          text: rendered.body,
          html: rendered.html ?? null,
          toAddress: dto.channel === 'email' ? influencer.email : null,
          scheduledFor: scheduled,
        }),
      );
      await this.timeline.record(
        auth.storeId,
        {
          outreachId: outreach.id,
          messageId: message.id,
          type: scheduled ? 'scheduled' : 'queued',
          data: { ...(identity ? { from: identity.fromEmail } : { channel: dto.channel }), ...(scheduled ? { for: scheduled.toISOString() } : {}) },
        },
        manager,
      );
      return { outreachId: outreach.id, messageId: message.id };
    });
    await this.outbound.dispatch([{ storeId: auth.storeId, messageId, notBefore: scheduled, channel: dto.channel }]);
    return this.get(auth, outreachId);
  }

  /**
   * Up to 10,000 outreach in a few statements: who is left out and why is decided first (suppression
   * before anything else), then every row is written in one transaction and the jobs are queued.
   */
  async bulk(auth: AuthContext, dto: BulkOutreachDto): Promise<BulkSendResultDto> {
    const campaign = await this.campaign(auth, dto.campaignId);
    const template = await this.tenancy.repo(OutreachTemplate, auth.storeId).get(dto.templateId);
    const requested = dto.channel ?? template.channel;
    if (requested !== 'auto' && requested !== template.channel) {
      throw new ValidationException([{ field: 'channel', messages: [`the template is for ${template.channel}; use channel ${template.channel} or auto`] }]);
    }
    const identity = await this.tenancy.repo(SenderIdentity, auth.storeId).qb('s').getOne();

    const ids = [...new Set(dto.influencerIds.map((id) => id.toLowerCase()))];
    const skipped: { influencerId: string; reason: SkipReason }[] = [];
    const seen = new Set<string>();
    for (const id of dto.influencerIds) {
      if (seen.has(id.toLowerCase())) skipped.push({ influencerId: id, reason: 'duplicate' });
      seen.add(id.toLowerCase());
    }
    const people = await this.tenancy.query<BulkCandidate & { id: string; timezone: string | null }>(
      auth.storeId,
      `SELECT i.id, i.email, i.platform,
              EXISTS (SELECT 1 FROM suppressions s WHERE s.store_id = $1 AND lower(s.email) = lower(i.email)) AS suppressed,
              EXISTS (SELECT 1 FROM influencer_outreach o WHERE o.store_id = $1 AND o.campaign_id = $3 AND o.influencer_id = i.id AND o.status = ANY($4)) AS contacted,
              i.timezone
         FROM influencers i WHERE i.store_id = $1 AND i.id = ANY($2::uuid[])`,
      [ids, campaign.id, LIVE_STATUSES],
    );
    const byId = new Map(people.map((p) => [p.id, p]));
    // Each creator's message waits for the campaign's window in their time zone (else the store's); batches are cut in time order.
    const storeZone = await this.storeZone(auth.storeId);
    const start = this.notPast(dto.scheduleFor ?? new Date());
    const chosen: { id: string; email: string | null; channel: Channel; at: Date | null }[] = [];
    for (const id of ids) {
      const p = byId.get(id);
      const verdict = bulkChannel(p, requested, template.channel);
      if ('skip' in verdict) skipped.push({ influencerId: id, reason: verdict.skip });
      else chosen.push({ id: p!.id, email: verdict.channel === 'email' ? p!.email : null, channel: verdict.channel, at: this.laterThanNow(shiftIntoWindow(start, campaign.sendWindow, knownZone(p!.timezone, storeZone))) });
    }
    chosen.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
    if (chosen.some((c) => c.channel === 'email') && !identity) throw this.noIdentity();
    // Creators reached on another channel than the template's get the store's default first message of that channel.
    const templateOf = new Map<Channel, string>([[template.channel, template.id]]);
    for (const channel of new Set(chosen.map((c) => c.channel))) {
      if (templateOf.has(channel)) continue;
      const id = await this.defaultTemplateId(auth.storeId, channel);
      if (!id) throw new ValidationException([{ field: 'templateId', messages: [`no ${channel} template to send with: the store has no default initial_outreach template for ${channel}`] }]);
      templateOf.set(channel, id);
    }

    const bulkId = randomUUID();
    const outreachIds = chosen.map(() => randomUUID());
    const messageIds = chosen.map(() => randomUUID());
    // Emails go in send batches; a DM is a job of its own.
    const emailBatches = this.queue.batchIdsFor(chosen.filter((c) => c.channel === 'email').length);
    let nextBatch = 0;
    const sendBatches = chosen.map((c) => (c.channel === 'email' ? emailBatches[nextBatch++] : null));
    const statuses = chosen.map((c) => (c.at ? 'scheduled' : 'queued'));
    await this.tenancy.transaction(async (manager) => {
      await manager.insert(OutreachBulk, {
        id: bulkId,
        storeId: auth.storeId,
        campaignId: campaign.id,
        templateId: template.id,
        channel: requested,
        total: dto.influencerIds.length,
        queued: chosen.length,
        skipped,
        createdBy: auth.userId,
      });
      if (!chosen.length) return;
      await this.join(
        auth.storeId,
        campaign.id,
        chosen.map((c) => c.id),
        manager,
      );
      await this.tenancy.query(
        auth.storeId,
        `WITH input AS (SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $11::uuid[], $9::text[], $10::timestamptz[], $7::uuid[], $12::text[])
                          AS t(outreach_id, message_id, influencer_id, email, send_batch, status, scheduled_for, template_id, channel)),
         o AS (INSERT INTO influencer_outreach (id, store_id, campaign_id, influencer_id, template_id, bulk_id, channel, to_address, message, status, scheduled_for)
               SELECT outreach_id, $1, $6, influencer_id, template_id, $8, channel, email, '', status, scheduled_for FROM input),
         m AS (INSERT INTO outreach_messages (id, store_id, outreach_id, direction, channel, kind, status, to_address, scheduled_for, send_batch)
               SELECT message_id, $1, outreach_id, 'out', channel, 'initial', status, email, scheduled_for, send_batch FROM input)
         INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
         SELECT $1, outreach_id, message_id, status, now(), jsonb_strip_nulls(jsonb_build_object('bulkId', $8::text, 'for', scheduled_for)) FROM input`,
        [
          outreachIds,
          messageIds,
          chosen.map((c) => c.id),
          chosen.map((c) => c.email),
          campaign.id,
          chosen.map((c) => templateOf.get(c.channel)),
          bulkId,
          statuses,
          chosen.map((c) => c.at),
          sendBatches,
          chosen.map((c) => c.channel),
        ],
        manager,
      );
    });
    await this.outbound.dispatch(messageIds.map((messageId, i) => ({ storeId: auth.storeId, messageId, sendBatch: sendBatches[i], notBefore: chosen[i].at, channel: chosen[i].channel })));
    return { bulkId, total: dto.influencerIds.length, queued: chosen.length, skipped };
  }

  /** Counted from the bulk's outreach rows in one statement: it runs twice a second per bulk while one is sending. */
  async bulkProgress(storeId: string, bulkId: string): Promise<BulkProgressDto> {
    const [row] = await this.tenancy.query<{
      campaign_id: string;
      template_type: TemplateType | null;
      total: number;
      queued: number;
      skipped: number;
      created_at: Date;
      pending: string;
      sent: string;
      failed: string;
      cancelled: string;
    }>(
      storeId,
      `SELECT b.campaign_id, t.template_type, b.total, b.queued, jsonb_array_length(b.skipped) AS skipped, b.created_at, c.*
         FROM outreach_bulks b
         LEFT JOIN outreach_templates t ON t.id = b.template_id
         CROSS JOIN LATERAL (
           SELECT count(*) FILTER (WHERE o.status IN ('queued', 'scheduled')) AS pending,
                  count(*) FILTER (WHERE o.sent_at IS NOT NULL) AS sent,
                  count(*) FILTER (WHERE o.sent_at IS NULL AND o.status IN ('failed', 'bounced')) AS failed,
                  count(*) FILTER (WHERE o.sent_at IS NULL AND o.status NOT IN ('queued', 'scheduled', 'failed', 'bounced')) AS cancelled
             FROM influencer_outreach o WHERE o.store_id = $1 AND o.bulk_id = b.id) c
        WHERE b.store_id = $1 AND b.id = $2`,
      [bulkId],
    );
    if (!row) throw new NotFoundException('Outreach bulk');
    const pending = Number(row.pending);
    return {
      bulkId,
      campaignId: row.campaign_id,
      templateType: row.template_type,
      total: row.total,
      queued: row.queued,
      sent: Number(row.sent),
      failed: Number(row.failed),
      skipped: row.skipped + Number(row.cancelled),
      pending,
      done: pending === 0,
      createdAt: row.created_at.toISOString(),
    };
  }

  async list(auth: AuthContext, query: OutreachListQueryDto): Promise<ListOf<'outreach', OutreachDto>> {
    const qb = this.tenancy.repo(InfluencerOutreach, auth.storeId).qb('o').leftJoinAndSelect('o.influencer', 'i');
    for (const key of ['campaignId', 'influencerId', 'bulkId', 'status', 'channel', 'replyCategory', 'replySentiment'] as const) {
      if (query[key]) qb.andWhere(`o.${key} = :${key}`, { [key]: query[key] });
    }
    if (query.replied !== undefined) qb.andWhere(query.replied ? 'o.lastReplyAt IS NOT NULL' : 'o.lastReplyAt IS NULL');
    if (query.needsReview !== undefined) qb.andWhere('o.replyNeedsReview = :needsReview', { needsReview: query.needsReview });

    if (query.q?.trim()) {
      qb.andWhere('(i.username ILIKE :q OR i.display_name ILIKE :q OR i.email ILIKE :q)', { q: `%${query.q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` });
    }
    const { items, pagination } = await paginate(
      qb,
      query,
      query.sort === 'last_reply' ? { by: 'o.lastReplyAt', direction: 'DESC', nulls: 'NULLS LAST' } : undefined,
    );
    return { outreach: items.map(toOutreachDto), pagination };
  }

  /** The record with its thread: every message out and in, and every event, oldest first. */
  async get(auth: AuthContext, id: string): Promise<OutreachDetailDto> {
    const outreach = await this.tenancy
      .repo(InfluencerOutreach, auth.storeId)
      .qb('o')
      .leftJoinAndSelect('o.influencer', 'i')
      .andWhere('o.id = :id', { id })
      .getOne();
    if (!outreach) throw new NotFoundException('Outreach');
    const [messages, events] = await Promise.all([
      this.tenancy
        .repo(OutreachMessage, auth.storeId)
        .qb('m')
        .andWhere('m.outreachId = :id', { id })
        .orderBy('m.createdAt', 'ASC')
        .addOrderBy('m.id')
        .getMany(),
      this.tenancy.repo(OutreachEvent, auth.storeId).qb('e').andWhere('e.outreachId = :id', { id }).orderBy('e.at', 'ASC').addOrderBy('e.createdAt').getMany(),
    ]);
    const eventDtos = events.map(toEventDto);
    return {
      ...toOutreachDto(outreach),
      dmWindow: DmAdapters.isDm(outreach.channel) ? await this.conversations.window(auth.storeId, outreach.channel, outreach.influencerId) : null,
      followUps: await this.followUps.plan(auth.storeId, id),
      thread: { messages: messages.map(toMessageDto), events: eventDtos },
      events: eventDtos,
    };
  }

  /** A scheduled or queued outreach → cancelled, its jobs removed; 409 once anything has gone. */
  async cancel(auth: AuthContext, id: string): Promise<OutreachDetailDto> {
    const cancelled = await this.tenancy.transaction(async (manager) => {
      const outreach = await this.tenancy
        .repo(InfluencerOutreach, auth.storeId, manager)
        .qb('o')
        .andWhere('o.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!outreach) throw new NotFoundException('Outreach');
      if (!['scheduled', 'queued', 'ready_to_send', 'draft'].includes(outreach.status)) {
        throw new ConflictException(`Outreach is ${outreach.status}: only a scheduled, queued or ready_to_send outreach can be cancelled`, {
          status: outreach.status,
        });
      }
      const sending = await this.tenancy.query(
        auth.storeId,
        `SELECT 1 FROM outreach_messages WHERE store_id = $1 AND outreach_id = $2 AND status = 'sending'`,
        [id],
        manager,
      );
      if (sending.length) throw new ConflictException('Outreach is being sent right now: it can no longer be cancelled', { status: 'sending' });
      const rows = await this.tenancy.query<{ id: string }>(
        auth.storeId,
        `UPDATE outreach_messages SET status = 'cancelled', updated_at = now() WHERE store_id = $1 AND outreach_id = $2 AND status IN ('queued', 'scheduled', 'ready_to_send') RETURNING id`,
        [id],
        manager,
      );
      await this.tenancy.query(
        auth.storeId,
        `UPDATE influencer_outreach SET status = 'cancelled', status_reason = 'cancelled by hand', next_follow_up_at = NULL, updated_at = now() WHERE store_id = $1 AND id = $2`,
        [id],
        manager,
      );
      await this.timeline.record(auth.storeId, { outreachId: id, type: 'cancelled', data: { by: auth.email } }, manager);
      return rows.map((r) => r.id);
    });
    await this.outbound.remove(cancelled);
    await this.planner.replan(auth.storeId, [id]);
    return this.get(auth, id);
  }

  /** Not before now (by the clock the follow-ups and windows use). */
  private notPast(at: Date): Date {
    const now = this.clock.now();
    return at > now ? at : now;
  }

  /** A time more than a second ahead (the send is scheduled), or null (it goes now). */
  private laterThanNow(at: Date): Date | null {
    return at.getTime() > this.clock.now().getTime() + 1000 ? at : null;
  }

  private async storeZone(storeId: string): Promise<string> {
    const store = await this.tenancy.manager.findOneByOrFail(Store, { id: storeId });
    return knownZone(store.timezone, 'UTC');
  }

  private async campaign(auth: AuthContext, id: string): Promise<InfluencerCampaign> {
    const campaign = await this.tenancy.repo(InfluencerCampaign, auth.storeId).get(id);
    if (!SENDING_CAMPAIGN.has(campaign.status)) throw new CampaignNotSendingException(campaign.status);
    return campaign;
  }

  private async contentOf(auth: AuthContext, dto: SendOutreachDto): Promise<{ templateId: string | null; renderable: RenderableTemplate }> {
    if (dto.customMessage) {
      const renderable = { channel: dto.channel, subject: dto.subject ?? null, body: dto.customMessage };
      try {
        checkTemplate(renderable);
      } catch (error) {
        if (!(error instanceof ValidationException)) throw error;
        const details = (error.details as { field: string; messages: string[] }[]).map((d) => ({
          ...d,
          field: d.field === 'body' ? 'customMessage' : d.field,
        }));
        throw new ValidationException(details);
      }
      return { templateId: null, renderable };
    }
    const template = dto.templateId
      ? await this.tenancy.repo(OutreachTemplate, auth.storeId).get(dto.templateId)
      : await this.tenancy
          .repo(OutreachTemplate, auth.storeId)
          .findOne((await this.defaultTemplateId(auth.storeId, dto.channel)) ?? '00000000-0000-0000-0000-000000000000');
    if (!template)
      throw new ValidationException([
        { field: 'templateId', messages: [`no template given and the store has no default initial_outreach template for ${dto.channel}`] },
      ]);
    if (template.channel !== dto.channel)
      throw new ValidationException([{ field: 'templateId', messages: [`the template is for ${template.channel}, not ${dto.channel}`] }]);
    return { templateId: template.id, renderable: { channel: template.channel, subject: dto.subject ?? template.subject, body: template.body } };
  }

  private async defaultTemplateId(storeId: string, channel: Channel): Promise<string | null> {
    const t = await this.tenancy
      .repo(OutreachTemplate, storeId)
      .qb('t')
      .andWhere('t.channel = :channel AND t.templateType = :type', { channel, type: 'initial_outreach' })
      .orderBy('t.isDefault', 'DESC')
      .addOrderBy('t.createdAt', 'ASC')
      .getOne();
    return t?.id ?? null;
  }

  private async requireIdentity(storeId: string): Promise<SenderIdentity> {
    const identity = await this.tenancy.repo(SenderIdentity, storeId).qb('s').getOne();
    if (!identity) throw this.noIdentity();
    return identity;
  }

  private noIdentity() {
    return new ChannelNotReadyException('Email is not set up: set the sender identity first (PUT /api/channels/email, or Settings → Channels)', {
      channel: 'email',
    });
  }

  private async join(storeId: string, campaignId: string, influencerIds: string[], manager: EntityManager): Promise<void> {
    await this.tenancy.query(
      storeId,
      `INSERT INTO campaign_members (store_id, campaign_id, influencer_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT (campaign_id, influencer_id) DO NOTHING`,
      [campaignId, influencerIds],
      manager,
    );
  }
}
