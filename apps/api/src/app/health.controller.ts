import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public, QueueStatsService, RawResponse, REDIS_CLIENT } from '@parley/server-core';
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
  ) {}

  @Public()
  @Get()
  @RawResponse()
  @ApiOperation({ summary: 'Liveness of PostgreSQL and Redis, and queue depths (never calls an outside provider)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { status: 'ok', database: 'up', redis: 'up', queues: { maintenance: { waiting: 0, active: 0, delayed: 0, failed: 0 } }, uptimeSeconds: 42 } } } })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis does not answer' })
  async check(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([
      within(3000, this.dataSource.query('SELECT 1')).then(() => 'up' as const, () => 'down' as const),
      within(3000, this.redis.ping()).then(() => 'up' as const, () => 'down' as const),
    ]);
    const queues = redis === 'up' ? await within(3000, this.queues.counts()).catch(() => ({})) : {};
    const ok = database === 'up' && redis === 'up';
    const data: HealthDto = { status: ok ? 'ok' : 'degraded', database, redis, queues, uptimeSeconds: Math.round(process.uptime()) };
    res.status(ok ? 200 : 503).json({ success: ok, data });
  }
}
