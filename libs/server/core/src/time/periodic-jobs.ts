import { Injectable, Logger } from '@nestjs/common';
import { CronExpression } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import type { PeriodicJobDto } from '@parley/shared-types';

/**
 * Every periodic job, named once: what it does and how often. The crons use these names, and
 * /api/health and /metrics list them whether or not this process runs them.
 */
const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;

export const PERIODIC_JOBS = {
  'outreach.send-scheduled': {
    schedule: CronExpression.EVERY_MINUTE,
    periodSeconds: MINUTE,
    description:
      'Scheduled outreach: queues messages whose time has come and whose job is missing (Redis lost, a crash), and takes over sends left by a dead worker',
  },
  'followups.send-due': {
    schedule: CronExpression.EVERY_MINUTE,
    periodSeconds: MINUTE,
    description:
      'Automatic follow-ups: claims due follow-ups from the database and sends them; marks outreach no_response after the last follow-up and the quiet period',
  },
  'tracking.process-events': {
    schedule: CronExpression.EVERY_MINUTE,
    periodSeconds: MINUTE,
    description: 'Tracking-event processing: opens and clicks by people bring the next follow-up forward',
  },
  'contracts.advance': {
    schedule: CronExpression.EVERY_5_MINUTES,
    periodSeconds: 5 * MINUTE,
    description: 'Contract status: a signed contract becomes active on its start date, and completed once every delivery is published',
  },
  'deliveries.remind': {
    schedule: CronExpression.EVERY_DAY_AT_8AM,
    periodSeconds: DAY,
    description: 'Delivery reminders: emails creators about content due within 3 days, and tells the team once about each delivery that became overdue',
  },
  'replies.retry-inbound': { schedule: CronExpression.EVERY_MINUTE, periodSeconds: MINUTE, description: 'Inbound mail that failed to process is tried again' },
  'replies.poll-instagram': {
    schedule: '0 */2 * * * *',
    periodSeconds: 2 * MINUTE,
    description: 'Where Instagram webhooks are not configured: reads new messages in each connected account’s conversations, within Meta’s 2 calls a second',
  },
  'replies.poll-imap': { schedule: CronExpression.EVERY_MINUTE, periodSeconds: MINUTE, description: "Reads new mail from each store's IMAP reply mailbox" },
  'notification-digest': {
    schedule: CronExpression.EVERY_HOUR,
    periodSeconds: HOUR,
    description: 'Queues the daily notification digest of stores where it is 08:00',
  },
  'channels.check-tokens': {
    schedule: CronExpression.EVERY_DAY_AT_6AM,
    periodSeconds: DAY,
    description: 'Checks each connected Instagram and TikTok token with a cheap platform call; a refused or expired one marks the connection expired and tells the team',
  },
  'purge-revoked-api-keys': { schedule: CronExpression.EVERY_DAY_AT_3AM, periodSeconds: DAY, description: 'Deletes API keys revoked over 90 days ago' },
} as const;

export type PeriodicJobName = keyof typeof PERIODIC_JOBS;

/** A row of periodic_job_runs (the entity lives with the others in server-data). */
interface RunRow {
  name: string;
  last_started_at: Date | null;
  last_finished_at: Date | null;
  last_duration_ms: number | null;
  last_items: number | null;
  last_error: string | null;
  runs: string;
  failures: string;
}

/**
 * Runs a periodic job and records the run (start, end, items handled, error) in periodic_job_runs,
 * so any process's runs are visible in /api/health and /metrics. A failure is recorded and logged,
 * never thrown into the scheduler.
 */
@Injectable()
export class PeriodicJobs {
  private readonly logger = new Logger(PeriodicJobs.name);
  private readonly running = new Set<PeriodicJobName>();

  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` (answering how many items it handled) unless this process is still running the previous one. */
  async run(name: PeriodicJobName, work: () => Promise<number>): Promise<number | null> {
    if (this.running.has(name)) return null;
    this.running.add(name);
    const started = new Date();
    await this.record(`UPDATE periodic_job_runs SET last_started_at = $2 WHERE name = $1`, [name, started]);
    try {
      const items = await work();
      await this.record(
        `INSERT INTO periodic_job_runs (name, last_started_at, last_finished_at, last_duration_ms, last_items, last_error, runs)
         VALUES ($1, $2, now(), $3, $4, NULL, 1)
         ON CONFLICT (name) DO UPDATE SET last_started_at = $2, last_finished_at = now(), last_duration_ms = $3, last_items = $4, last_error = NULL, runs = periodic_job_runs.runs + 1`,
        [name, started, Date.now() - started.getTime(), items],
      );
      return items;
    } catch (error) {
      this.logger.error({ err: error, job: name }, 'periodic job failed');
      await this.record(
        `INSERT INTO periodic_job_runs (name, last_started_at, last_finished_at, last_duration_ms, last_error, runs, failures)
         VALUES ($1, $2, now(), $3, $4, 1, 1)
         ON CONFLICT (name) DO UPDATE SET last_started_at = $2, last_finished_at = now(), last_duration_ms = $3, last_error = $4,
                                          runs = periodic_job_runs.runs + 1, failures = periodic_job_runs.failures + 1`,
        [name, started, Date.now() - started.getTime(), String((error as Error)?.message ?? error).slice(0, 1000)],
      );
      return null;
    } finally {
      this.running.delete(name);
    }
  }

  /** Every periodic job with its last recorded run (from any process). */
  async list(now = new Date()): Promise<PeriodicJobDto[]> {
    const rows: RunRow[] = await this.dataSource.query(`SELECT * FROM periodic_job_runs`);
    const byName = new Map(rows.map((r) => [r.name, r]));
    return (Object.keys(PERIODIC_JOBS) as PeriodicJobName[]).map((name) => {
      const { schedule, periodSeconds, description } = PERIODIC_JOBS[name];
      const run = byName.get(name);
      const finished = run?.last_finished_at ?? null;
      return {
        name,
        description,
        schedule,
        lastStartedAt: run?.last_started_at?.toISOString() ?? null,
        lastFinishedAt: finished?.toISOString() ?? null,
        lastDurationMs: run?.last_duration_ms ?? null,
        lastItems: run?.last_items ?? null,
        lastError: run?.last_error ?? null,
        runs: Number(run?.runs ?? 0),
        failures: Number(run?.failures ?? 0),
        overdue: !!finished && now.getTime() - finished.getTime() > 3 * periodSeconds * 1000,
      };
    });
  }

  private async record(sql: string, params: unknown[]): Promise<void> {
    // Bookkeeping must never turn a good run into a failure (or a failure into a crash).
    await this.dataSource.query(sql, params).catch((error: unknown) => this.logger.warn({ err: error }, 'could not record a periodic job run'));
  }
}
