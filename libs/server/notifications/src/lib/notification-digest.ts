import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { APP_CONFIG, PeriodicJobs, Tenancy, escapeHtml, type AppConfig } from '@parley/server-core';
import { EmailTransport } from '@parley/server-email';
import { QueueName, type JobPayload } from '@parley/shared-types';
import type { Job, Queue } from 'bull';

const JOB = 'notification-digest';
type DigestJob = JobPayload<QueueName.Maintenance, typeof JOB>;

/** The local hour the digest goes out in each store's time zone. */
const DIGEST_HOUR = 8;
/** Most notifications listed in one digest; the email says how many more there are. */
const LISTED = 50;

/** The hour and day it is now in a time zone. */
function localNow(timeZone: string, now: Date): { hour: number; day: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return { hour: Number(parts.hour), day: `${parts.year}-${parts.month}-${parts.day}` };
}

/** Every hour: queues the digest of each store that wants one and where it is now 08:00 (one job per store and local day). */
@Injectable()
export class NotificationDigestCron {
  constructor(
    private readonly tenancy: Tenancy,
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue<DigestJob>,
    private readonly periodic: PeriodicJobs,
  ) {}

  @Cron(CronExpression.EVERY_HOUR, { name: JOB })
  async run(): Promise<void> {
    await this.periodic.run('notification-digest', () => this.enqueue());
  }

  async enqueue(now = new Date()): Promise<number> {
    const stores = await this.tenancy.acrossStores<{ id: string; timezone: string }>(`SELECT id, timezone FROM stores WHERE notification_digest`);
    const due = stores.map((s) => ({ storeId: s.id, ...localNow(s.timezone, now) })).filter((s) => s.hour === DIGEST_HOUR);
    await this.queue.addBulk(due.map((s) => ({ name: JOB, data: { storeId: s.storeId, day: s.day }, opts: { jobId: `${JOB}:${s.storeId}:${s.day}` } })));
    return due.length;
  }
}

/**
 * Emails the store's team the notifications still unread from the last 24 hours, from the store's
 * sender identity, with links into the inbox. Nothing unread, no email.
 */
@Processor(QueueName.Maintenance)
export class NotificationDigestProcessor {
  private readonly logger = new Logger(NotificationDigestProcessor.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly transport: EmailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Process(JOB)
  async handle(job: Job<DigestJob>): Promise<string> {
    return this.send(job.data.storeId);
  }

  async send(storeId: string): Promise<string> {
    const [sender] = await this.tenancy.query<{ from_name: string; from_email: string; store_name: string }>(
      storeId,
      `SELECT si.from_name, si.from_email, s.name AS store_name FROM stores s JOIN sender_identities si ON si.store_id = s.id WHERE s.id = $1`,
    );
    if (!sender) return 'skipped: the store has no email sender identity';
    const unread = await this.tenancy.query<{ title: string; body: string; outreach_id: string | null; created_at: Date; total: number }>(
      storeId,
      `SELECT title, body, outreach_id, created_at, count(*) OVER ()::int AS total FROM notifications
        WHERE store_id = $1 AND read_at IS NULL AND created_at > now() - interval '24 hours' ORDER BY created_at DESC LIMIT ${LISTED}`,
    );
    if (!unread.length) return 'skipped: nothing unread';
    const team = await this.tenancy.query<{ email: string }>(storeId, `SELECT email FROM users WHERE store_id = $1`);
    const link = (id: string | null) => `${this.config.PUBLIC_URL}/inbox${id ? `/${id}` : ''}`;
    const more = unread[0].total - unread.length;
    const subject = `${unread[0].total} unread at ${sender.store_name}`;
    const text = [
      `${subject} from the last 24 hours:`,
      '',
      ...unread.map((n) => `- ${n.title}${n.body ? `: ${n.body.replace(/\s+/g, ' ').slice(0, 140)}` : ''}\n  ${link(n.outreach_id)}`),
      ...(more > 0 ? ['', `…and ${more} more.`] : []),
      '',
      `Open the inbox: ${link(null)}`,
      'You get this because the daily digest is on in Settings → Store.',
    ].join('\n');
    const html = `<p>${escapeHtml(subject)} from the last 24 hours:</p><ul>${unread
      .map((n) => `<li><a href="${escapeHtml(link(n.outreach_id))}">${escapeHtml(n.title)}</a>${n.body ? `: ${escapeHtml(n.body.slice(0, 140))}` : ''}</li>`)
      .join(
        '',
      )}</ul>${more > 0 ? `<p>…and ${more} more.</p>` : ''}<p><a href="${escapeHtml(link(null))}">Open the inbox</a></p><p>You get this because the daily digest is on in Settings → Store.</p>`;
    await this.transport.send({
      from: { name: sender.from_name, address: sender.from_email },
      to: team.map((u) => u.email),
      subject,
      text,
      html,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    this.logger.log({ storeId, notifications: unread[0].total, recipients: team.length }, 'notification digest sent');
    return `sent to ${team.length}`;
  }
}
