import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectQueueByName, PeriodicJobs, SecretBox, Tenancy } from '@parley/server-core';
import { parseImapUrl } from '@parley/server-channels';
import { QueueName, type JobPayload } from '@parley/shared-types';
import type { Job, Queue } from 'bull';
import { ImapFlow } from 'imapflow';
import { InboundMailService } from './inbound-mail.service';

type PollJob = JobPayload<QueueName.Inbound, 'poll-mailbox'>;

/** Most messages taken from a mailbox per poll; the rest wait for the next minute. */
const PER_POLL = 200;

/**
 * Stores that connected a reply mailbox (Settings → Channels, kept sealed) have it read every minute:
 * unseen messages go through the same inbound pipeline as the webhook, and are flagged \Seen only
 * once they are stored, so a failure leaves them for the next poll (and the Message-ID check keeps a
 * message from being processed twice).
 */
@Injectable()
export class MailboxPoller implements OnModuleInit {
  private readonly logger = new Logger(MailboxPoller.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly box: SecretBox,
    private readonly inbound: InboundMailService,
    @InjectQueueByName(QueueName.Inbound) private readonly queue: Queue<PollJob>,
    private readonly periodic: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    this.queue
      .process('poll-mailbox', 2, (job: Job<PollJob>) => this.poll(job.data.storeId))
      .catch((error: unknown) => this.logger.error({ err: error }, 'mailbox poller stopped'));
  }

  @Cron(CronExpression.EVERY_MINUTE, { name: 'replies.poll-imap' })
  async run(): Promise<void> {
    await this.periodic.run('replies.poll-imap', () => this.schedule());
  }

  async schedule(): Promise<number> {
    const stores = await this.tenancy.acrossStores<{ store_id: string }>(`SELECT store_id FROM sender_identities WHERE imap_url_sealed IS NOT NULL`);
    const minute = Math.floor(Date.now() / 60_000);
    await this.queue.addBulk(
      stores.map((s) => ({ name: 'poll-mailbox', data: { storeId: s.store_id }, opts: { jobId: `poll:${s.store_id}:${minute}`, attempts: 1 } })),
    );
    return stores.length;
  }

  /** Reads the store's mailbox once; answers how many messages were taken in. */
  async poll(storeId: string): Promise<number> {
    const [row] = await this.tenancy.query<{ imap_url_sealed: string | null }>(storeId, `SELECT imap_url_sealed FROM sender_identities WHERE store_id = $1`);
    if (!row?.imap_url_sealed) return 0;
    const mailbox = parseImapUrl(this.box.open(row.imap_url_sealed));
    const client = new ImapFlow({
      host: mailbox.host,
      port: mailbox.port,
      secure: mailbox.secure,
      auth: { user: mailbox.user, pass: mailbox.password },
      logger: false,
      socketTimeout: 60_000,
    });
    await client.connect();
    let taken = 0;
    try {
      const lock = await client.getMailboxLock(mailbox.mailbox);
      try {
        const messages: { uid: number; source: Buffer }[] = [];
        for await (const message of client.fetch({ seen: false }, { uid: true, source: true }, { uid: true })) {
          if (message.source) messages.push({ uid: message.uid, source: message.source });
          if (messages.length >= PER_POLL) break;
        }
        const done: number[] = [];
        for (const message of messages) {
          try {
            await this.inbound.receive(message.source, 'imap');
            done.push(message.uid);
          } catch (error) {
            this.logger.warn({ err: error, storeId, uid: message.uid }, 'mailbox message not taken in; it stays unseen for the next poll');
          }
        }
        if (done.length) await client.messageFlagsAdd(done.join(','), ['\\Seen'], { uid: true });
        taken = done.length;
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
    return taken;
  }
}
