import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS_CLIENT, type AppConfig } from '@parley/server-core';
import type Redis from 'ioredis';
import { AiUsageService } from './ai-usage.service';
import { LlmClient } from './llm-client';

export interface CacheKey {
  storeId: string;
  /** What was written ("slots", "draft"). */
  kind: string;
  creatorId: string;
  /** Bumped when the prompt changes, so text from an old prompt is not reused. */
  promptVersion: string;
  /** Everything the answer depends on; a change makes a new entry. */
  input: unknown;
}

/**
 * Model answers kept in Redis per store, creator, prompt version and input, so a bulk send pays once
 * per creator; concurrent callers for the same key share one call. Hits are counted in AI usage.
 * Losing Redis only costs new calls.
 */
@Injectable()
export class AiCache {
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly usage: AiUsageService,
    private readonly llm: LlmClient,
  ) {}

  async getOrCompute<T>(k: CacheKey, compute: () => Promise<T>): Promise<T> {
    const hash = createHash('sha256').update(JSON.stringify(k.input)).digest('hex').slice(0, 24);
    const key = `${this.config.REDIS_PREFIX}:ai:${k.kind}:${k.storeId}:${k.creatorId}:${k.promptVersion}:${hash}`;
    const running = this.inflight.get(key);
    if (running) return running as Promise<T>;
    const work = (async () => {
      const cached = await this.redis.get(key).catch(() => null);
      if (cached) {
        await this.usage.record(k.storeId, { model: this.llm.model, cacheHits: 1 });
        return JSON.parse(cached) as T;
      }
      const value = await compute();
      await this.redis.set(key, JSON.stringify(value), 'EX', this.config.AI_CACHE_TTL_SECONDS).catch(() => undefined);
      return value;
    })();
    this.inflight.set(key, work);
    try {
      return await work;
    } finally {
      this.inflight.delete(key);
    }
  }
}
