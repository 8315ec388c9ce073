import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS_CLIENT, type AppConfig } from '@parley/server-core';
import type Redis from 'ioredis';

/** Takes the next free slot for a domain: max(now, the domain's next slot), and moves the next slot one interval on. */
const RESERVE = `
local slot = tonumber(redis.call('GET', KEYS[1]) or '0')
local now = tonumber(ARGV[1])
if slot < now then slot = now end
redis.call('SET', KEYS[1], slot + tonumber(ARGV[2]), 'PX', slot - now + tonumber(ARGV[2]) + 60000)
return slot
`;

type PacingRedis = Redis & { parleyReservePaceSlot(key: string, now: string, intervalMs: string): Promise<number> };

/**
 * Spaces sends to one recipient domain (EMAIL_DOMAIN_RATE_PER_SECOND) across every worker, so a
 * bulk send never bursts at one receiving server. Slots live in Redis.
 */
@Injectable()
export class DomainPacer {
  private readonly intervalMs: number;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.intervalMs = Math.max(1, Math.floor(1000 / config.EMAIL_DOMAIN_RATE_PER_SECOND));
    // A named command runs by EVALSHA (ioredis reloads the script after a Redis restart), not resent per email.
    redis.defineCommand('parleyReservePaceSlot', { numberOfKeys: 1, lua: RESERVE });
  }

  /** The epoch ms at which this send to `domain` may go. */
  async reserve(domain: string, now = Date.now()): Promise<number> {
    const key = `${this.config.REDIS_PREFIX}:pace:${domain.toLowerCase()}`;
    return Number(await (this.redis as PacingRedis).parleyReservePaceSlot(key, String(now), String(this.intervalMs)));
  }
}
