import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import type { AiUsageDto } from '@parley/shared-types';

export interface UsageDelta {
  model: string;
  calls?: number;
  failures?: number;
  cacheHits?: number;
  promptTokens?: number;
  completionTokens?: number;
}

/** Tokens and calls per store and day, added up in PostgreSQL so they survive restarts. */
@Injectable()
export class AiUsageService {
  constructor(private readonly tenancy: Tenancy) {}

  async record(storeId: string, d: UsageDelta): Promise<void> {
    await this.tenancy.query(
      storeId,
      `INSERT INTO ai_usage (store_id, day, model, calls, failures, cache_hits, prompt_tokens, completion_tokens)
       VALUES ($1, (now() AT TIME ZONE 'UTC')::date, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (store_id, day, model) DO UPDATE SET
         calls = ai_usage.calls + EXCLUDED.calls, failures = ai_usage.failures + EXCLUDED.failures,
         cache_hits = ai_usage.cache_hits + EXCLUDED.cache_hits, prompt_tokens = ai_usage.prompt_tokens + EXCLUDED.prompt_tokens,
         completion_tokens = ai_usage.completion_tokens + EXCLUDED.completion_tokens`,
      [d.model, d.calls ?? 0, d.failures ?? 0, d.cacheHits ?? 0, d.promptTokens ?? 0, d.completionTokens ?? 0],
    );
  }

  /** The last `days` days with any use, newest first, and their totals. */
  async summary(storeId: string, days: number, enabled: boolean, model: string | null): Promise<AiUsageDto> {
    const rows = await this.tenancy.query<{ day: string; model: string; calls: number; failures: number; cache_hits: number; prompt_tokens: string; completion_tokens: string }>(
      storeId,
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, model, calls, failures, cache_hits, prompt_tokens, completion_tokens
       FROM ai_usage WHERE store_id = $1 AND day > (now() AT TIME ZONE 'UTC')::date - $2::int ORDER BY day DESC, model`,
      [days],
    );
    const items = rows.map((r) => ({ day: r.day, model: r.model, calls: r.calls, failures: r.failures, cacheHits: r.cache_hits, promptTokens: Number(r.prompt_tokens), completionTokens: Number(r.completion_tokens) }));
    const sum = (k: 'calls' | 'failures' | 'cacheHits' | 'promptTokens' | 'completionTokens') => items.reduce((t, i) => t + i[k], 0);
    return {
      enabled,
      model,
      days: items,
      totals: { calls: sum('calls'), failures: sum('failures'), cacheHits: sum('cacheHits'), promptTokens: sum('promptTokens'), completionTokens: sum('completionTokens') },
    };
  }
}
