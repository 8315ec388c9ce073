import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { APP_CONFIG, Clock, PeriodicJobs, REDIS_CLIENT, Tenancy, type AppConfig, type PeriodicJobName } from '@parley/server-core';
import type Redis from 'ioredis';
import { ChannelConnections, InstagramGraphClient, PlatformError, type ResolvedConnection } from '@parley/server-channels';
import { CallPacer } from './call-pacer';
import { DmInbound } from './dm-inbound.service';
import { attachmentText } from './inbound-dm';

const JOB: PeriodicJobName = 'replies.poll-instagram';

/** Meta's Conversations API allows 2 calls a second per Instagram account. */
export const GRAPH_CALLS_PER_SECOND = 2;
/** The first poll of an account looks this far back: the messaging window a creator's message opens. */
const FIRST_LOOKBACK_MS = 24 * 3_600_000;
/** Each poll reads again this much before where the last one stopped (clock skew, late indexing); known messages are skipped without a call. */
const OVERLAP_MS = 2 * 60_000;
/** Conversations pages read per poll at most (25 conversations a page). */
const MAX_PAGES = 20;
/** Accounts polled at once (each keeps to its own budget). */
const ACCOUNTS_AT_ONCE = 4;
/** How long one process holds an account's read (released when done): two processes never read one account at once. */
const CLAIM_MS = 10 * 60_000;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

/**
 * Where Instagram webhooks are not set up (no INSTAGRAM_APP_SECRET), every connected Instagram account
 * is read every 2 minutes instead: the conversations updated since the account's `polled_until`, their
 * new messages not written by the account itself, each through the same DmInbound path as a webhook
 * (the message id makes a message read twice, or also delivered by a webhook, count once). Calls are
 * paced within Meta's per-account budget; `polled_until` moves on only after a complete read, so a
 * failure leaves the same stretch for the next poll.
 */
@Injectable()
export class InstagramPoller {
  private readonly logger = new Logger(InstagramPoller.name);

  constructor(
    private readonly connections: ChannelConnections,
    private readonly graph: InstagramGraphClient,
    private readonly inbound: DmInbound,
    private readonly tenancy: Tenancy,
    private readonly periodic: PeriodicJobs,
    private readonly clock: Clock,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether messages arrive by webhook instead (the app secret verifies them). */
  get webhooksConfigured(): boolean {
    return !!this.config.INSTAGRAM_APP_SECRET;
  }

  @Cron('0 */2 * * * *', { name: JOB })
  async run(): Promise<void> {
    if (this.webhooksConfigured) return;
    await this.periodic.run(JOB, () => this.pollAll());
  }

  /** Polls every connected Instagram account; answers how many new messages went through DmInbound. */
  async pollAll(): Promise<number> {
    const queue = await this.connections.allConnected('instagram');
    let taken = 0;
    const worker = async () => {
      for (let connection = queue.shift(); connection; connection = queue.shift()) {
        try {
          taken += await this.poll(connection);
        } catch (error) {
          this.logger.warn({ err: error, storeId: connection.storeId }, 'Instagram account not polled; the same stretch is read next time');
        }
      }
    };
    await Promise.all(Array.from({ length: ACCOUNTS_AT_ONCE }, worker));
    return taken;
  }

  /**
   * Reads one account once; answers how many messages it passed to DmInbound (0 when another process
   * is reading the account: the budget is the account's, whoever calls).
   */
  async poll(connection: ResolvedConnection, pacer = new CallPacer(GRAPH_CALLS_PER_SECOND)): Promise<number> {
    const key = `${this.config.REDIS_PREFIX}:poll-instagram:${connection.storeId}`;
    const claim = randomUUID();
    if ((await this.redis.set(key, claim, 'PX', CLAIM_MS, 'NX')) !== 'OK') return 0;
    try {
      return await this.read(connection, pacer);
    } finally {
      await this.redis.eval(RELEASE, 1, key, claim).catch(() => undefined);
    }
  }

  private async read(connection: ResolvedConnection, pacer: CallPacer): Promise<number> {
    const { storeId, accountId, accessToken } = connection;
    const started = this.clock.now();
    const polledUntil = await this.connections.polledUntil(storeId, 'instagram');
    const from = new Date((polledUntil?.getTime() ?? started.getTime() - FIRST_LOOKBACK_MS) - OVERLAP_MS);
    let taken = 0;
    try {
      for (const conversationId of await this.updatedConversations(connection, from, pacer)) {
        const listed = await pacer.call(() => this.graph.conversationMessages(accessToken, conversationId));
        const fresh = listed.filter((m) => m.createdTime > from).sort((a, b) => a.createdTime.getTime() - b.createdTime.getTime());
        const known = await this.known(storeId, fresh);
        for (const { id } of fresh.filter((m) => !known.has(m.id))) {
          const message = await pacer.call(() => this.graph.message(accessToken, id));
          if (message.fromId === accountId) continue;
          await this.inbound.receive({
            platform: 'instagram',
            accountIds: [accountId],
            platformUserId: message.fromId,
            messageId: message.id,
            conversationId: null,
            inReplyTo: null,
            text: message.text.trim() ? message.text : attachmentText([]),
            sentAt: message.createdTime,
          });
          taken++;
        }
      }
    } catch (error) {
      if (error instanceof PlatformError && error.failure === 'token_invalid') await this.connections.markExpired(storeId, 'instagram', error.message);
      throw error;
    }
    await this.connections.markPolled(storeId, 'instagram', started);
    return taken;
  }

  /** Conversations updated after `from` (the API lists the most recently updated first). */
  private async updatedConversations(connection: ResolvedConnection, from: Date, pacer: CallPacer): Promise<string[]> {
    const ids: string[] = [];
    const { accessToken, accountId } = connection;
    let page = await pacer.call(() => this.graph.conversations(accessToken, accountId));
    for (let read = 1; ; read++) {
      const updated = page.conversations.filter((c) => c.updatedTime > from);
      ids.push(...updated.map((c) => c.id));
      const after = page.next;
      if (!after || updated.length < page.conversations.length || read >= MAX_PAGES) break;
      page = await pacer.call(() => this.graph.conversations(accessToken, accountId, after));
    }
    return ids;
  }

  /** Which of these message ids the store already has (a creator's message recorded, or one of ours sent). */
  private async known(storeId: string, messages: { id: string }[]): Promise<Set<string>> {
    if (!messages.length) return new Set();
    const ids = messages.map((m) => m.id);
    const rows = await this.tenancy.query<{ id: string }>(
      storeId,
      `SELECT message_id AS id FROM outreach_messages WHERE store_id = $1 AND message_id = ANY($2::text[])
       UNION SELECT provider_message_id FROM outreach_messages WHERE store_id = $1 AND provider_message_id = ANY($2::text[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
