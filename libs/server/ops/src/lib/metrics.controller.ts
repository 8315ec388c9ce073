import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, PeriodicJobs, Public, QueueStatsService, UnauthorizedException, safeEqual, type AppConfig } from '@parley/server-core';
import { getQueueToken } from '@nestjs/bull';
import { ModuleRef } from '@nestjs/core';
import { QueueName } from '@parley/shared-types';
import type { Queue } from 'bull';
import type { Request, Response } from 'express';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';

/**
 * Prometheus metrics at /metrics (outside /api): queue depth per queue and state, how long the
 * oldest waiting job has waited (lateness), follow-ups due and unsent, the periodic jobs' last runs
 * and failures, and the process's own metrics. Open unless
 * METRICS_TOKEN is set, then that bearer token is required.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly registry = new Registry();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly stats: QueueStatsService,
    private readonly moduleRef: ModuleRef,
    dataSource: DataSource,
    periodic: PeriodicJobs,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'parley_' });
    const counts = () => this.stats.counts();
    const queueOf = (name: QueueName) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
    // Both are read at scrape time, so the figures are as fresh as the scrape.
    new Gauge({
      name: 'parley_queue_jobs',
      help: 'Jobs in each queue by state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        for (const [queue, byState] of Object.entries(await counts())) for (const [state, n] of Object.entries(byState)) this.set({ queue, state }, n);
      },
    });
    new Gauge({
      name: 'parley_queue_oldest_waiting_seconds',
      help: 'How long the oldest waiting job of each queue has waited (lateness)',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        for (const name of Object.values(QueueName)) {
          // Bull answers the waiting list oldest first.
          const [oldest] = await queueOf(name).getWaiting(0, 0);
          // A delayed job is late from its due time, not from when it was planned.
          this.set({ queue: name }, oldest ? Math.max(0, (Date.now() - oldest.timestamp - (oldest.opts.delay ?? 0)) / 1000) : 0);
        }
      },
    });
    this.scheduleMetrics(dataSource, periodic);
  }

  /** The follow-ups due and not yet sent (from the database: the truth, whatever Redis holds), and the periodic jobs' last runs. */
  private scheduleMetrics(dataSource: DataSource, periodic: PeriodicJobs): void {
    const due = async () => {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS due, COALESCE(EXTRACT(EPOCH FROM now() - min(next_follow_up_at)), 0)::float8 AS oldest
           FROM influencer_outreach WHERE next_follow_up_at <= now() AND status IN ('sent', 'opened')`,
      );
      return row as { due: number; oldest: number };
    };
    new Gauge({
      name: 'parley_follow_ups_due',
      help: 'Follow-ups whose time has come and that have not been sent yet',
      registers: [this.registry],
      async collect() {
        this.set((await due()).due);
      },
    });
    new Gauge({
      name: 'parley_follow_ups_lateness_seconds',
      help: 'How far past its time the most overdue unsent follow-up is',
      registers: [this.registry],
      async collect() {
        this.set((await due()).oldest);
      },
    });
    new Gauge({
      name: 'parley_deliveries_overdue',
      help: 'Promised content past its due date and neither published nor cancelled',
      registers: [this.registry],
      async collect() {
        const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM content_deliveries WHERE due_date < now() AND status IN ('pending', 'submitted', 'approved', 'rejected')`);
        this.set((row as { n: number }).n);
      },
    });
    new Gauge({
      name: 'parley_dm_tasks_waiting',
      help: 'DMs waiting for a person to send them by hand (assisted sends), by channel and reason',
      labelNames: ['channel', 'reason'],
      registers: [this.registry],
      async collect() {
        const rows: { channel: string; reason: string; n: number }[] = await dataSource.query(
          `SELECT channel, COALESCE(assist_reason, 'unknown') AS reason, count(*)::int AS n FROM outreach_messages WHERE status = 'ready_to_send' GROUP BY 1, 2`,
        );
        this.reset();
        for (const r of rows) this.set({ channel: r.channel, reason: r.reason }, r.n);
      },
    });
    new Gauge({
      name: 'parley_channel_connections',
      help: 'Connected Instagram and TikTok accounts, by platform and status (expired: the platform refused the token)',
      labelNames: ['platform', 'status'],
      registers: [this.registry],
      async collect() {
        const rows: { platform: string; status: string; n: number }[] = await dataSource.query(`SELECT platform, status, count(*)::int AS n FROM channel_connections GROUP BY 1, 2`);
        this.reset();
        for (const r of rows) this.set({ platform: r.platform, status: r.status }, r.n);
      },
    });
    const jobs = () => periodic.list();
    new Gauge({
      name: 'parley_periodic_job_last_success_timestamp_seconds',
      help: 'When each periodic job last finished (Unix time; 0: never)',
      labelNames: ['job'],
      registers: [this.registry],
      async collect() {
        for (const j of await jobs()) this.set({ job: j.name }, j.lastFinishedAt && !j.lastError ? Date.parse(j.lastFinishedAt) / 1000 : 0);
      },
    });
    new Gauge({
      name: 'parley_periodic_job_runs',
      help: 'Runs of each periodic job, and how many failed',
      labelNames: ['job', 'outcome'],
      registers: [this.registry],
      async collect() {
        for (const j of await jobs()) {
          this.set({ job: j.name, outcome: 'failed' }, j.failures);
          this.set({ job: j.name, outcome: 'succeeded' }, j.runs - j.failures);
        }
      },
    });
    new Gauge({
      name: 'parley_periodic_job_last_items',
      help: 'Rows each periodic job handled on its last run',
      labelNames: ['job'],
      registers: [this.registry],
      async collect() {
        for (const j of await jobs()) this.set({ job: j.name }, j.lastItems ?? 0);
      },
    });
  }

  @Get()
  async metrics(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.config.METRICS_TOKEN;
    if (token) {
      const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (!safeEqual(given, token)) throw new UnauthorizedException('/metrics needs the METRICS_TOKEN bearer token');
    }
    res
      .set('cache-control', 'no-store')
      .type(this.registry.contentType)
      .send(await this.registry.metrics());
  }
}
