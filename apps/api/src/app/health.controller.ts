import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { PeriodicJobs, Public, QueueStatsService, RawResponse, REDIS_CLIENT } from '@parley/server-core';
import type { HealthDto } from '@parley/shared-types';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

@ApiTags('Operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly queues: QueueStatsService,
    private readonly periodic: PeriodicJobs,
  ) {}

  @Public()
  @Get()
  @RawResponse()
  @ApiOperation({ summary: "Liveness of PostgreSQL and Redis, queue depths and failures, and the periodic jobs' last runs (never calls an outside provider)" })
  @ApiOkResponse({
    schema: {
      example: {
        success: true,
        data: {
          status: 'ok',
          database: 'up',
          redis: 'up',
          queues: { maintenance: { waiting: 0, active: 0, delayed: 0, failed: 0 } },
          periodicJobs: [
            {
              name: 'followups.send-due',
              description: 'Automatic follow-ups: …',
              schedule: '0 * * * * *',
              lastStartedAt: '2026-11-30T09:00:00.000Z',
              lastFinishedAt: '2026-11-30T09:00:00.120Z',
              lastDurationMs: 120,
              lastItems: 3,
              lastError: null,
              runs: 42,
              failures: 0,
              overdue: false,
            },
          ],
          uptimeSeconds: 42,
        },
      },
    },
  })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis does not answer' })
  async check(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([
      within(3000, this.dataSource.query('SELECT 1')).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      within(3000, this.redis.ping()).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
    ]);
    const [queues, periodicJobs] = await Promise.all([
      redis === 'up' ? within(3000, this.queues.counts()).catch(() => ({})) : {},
      database === 'up' ? within(3000, this.periodic.list()).catch(() => []) : [],
    ]);
    const ok = database === 'up' && redis === 'up';
    const data: HealthDto = { status: ok ? 'ok' : 'degraded', database, redis, queues, periodicJobs, uptimeSeconds: Math.round(process.uptime()) };
    res.status(ok ? 200 : 503).json({ success: ok, data });
  }
}
