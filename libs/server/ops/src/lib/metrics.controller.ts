import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, Public, QueueStatsService, UnauthorizedException, safeEqual, type AppConfig } from '@parley/server-core';
import { getQueueToken } from '@nestjs/bull';
import { ModuleRef } from '@nestjs/core';
import { QueueName } from '@parley/shared-types';
import type { Queue } from 'bull';
import type { Request, Response } from 'express';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics at /metrics (outside /api): queue depth per queue and state, how long the
 * oldest waiting job has waited (lateness), and the process's own metrics. Open unless
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
          this.set({ queue: name }, oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0);
        }
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
    res.set('cache-control', 'no-store').type(this.registry.contentType).send(await this.registry.metrics());
  }
}
