import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS_CLIENT, type AppConfig } from '@parley/server-core';
import type Redis from 'ioredis';

/** For each domain key: takes the next free slot, max(now, the domain's next slot), and moves the next slot one interval on. */
const RESERVE = `
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local slots = {}
for i, key in ipairs(KEYS) do
  local slot = tonumber(redis.call('GET', key) or '0')
  if slot < now then slot = now end
  redis.call('SET', key, slot + interval, 'PX', slot - now + interval + 60000)
  slots[i] = slot
end
return slots
`;

type PacingRedis = Redis & { parleyReservePaceSlots(...args: (string | number)[]): Promise<number[]> };

/**
 * Spaces sends to one recipient domain (EMAIL_DOMAIN_RATE_PER_SECOND) across every worker, so a
 * bulk send never bursts at one receiving server. Slots live in Redis; a batch reserves its slots in
 * one call.
 */
@Injectable()
export class DomainPacer {
  private readonly intervalMs: number;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.intervalMs = Math.max(1, Math.floor(1000 / config.EMAIL_DOMAIN_RATE_PER_SECOND));
    // A named command runs by EVALSHA (ioredis reloads the script after a Redis restart), not resent per batch.
    redis.defineCommand('parleyReservePaceSlots', { lua: RESERVE });
  }

  /** The epoch ms at which a send to each of `domains` may go, in order. */
  async reserve(domains: string[], now = Date.now()): Promise<number[]> {
    if (!domains.length) return [];
    const keys = domains.map((d) => `${this.config.REDIS_PREFIX}:pace:${d.toLowerCase()}`);
    const slots = await (this.redis as PacingRedis).parleyReservePaceSlots(keys.length, ...keys, now, this.intervalMs);
    return slots.map(Number);
  }
}
