import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@parley/server-core';
import OpenAI from 'openai';
import { AiUsageService } from './ai-usage.service';
import { KeyedSemaphore } from './semaphore';

/** A JSON Schema for structured output: an object of string fields, all required (OpenAI strict mode). */
export interface StringFieldsSchema {
  name: string;
  fields: Record<string, { description: string; maxLength?: number }>;
}

export interface CompletionRequest {
  storeId: string;
  system: string;
  user: string;
  schema: StringFieldsSchema;
  maxTokens?: number;
  temperature?: number;
}

/** The model could not give a usable answer (unreachable, refused, malformed): callers fall back. */
export class LlmUnavailable extends Error {}

/**
 * The one door to an OpenAI-compatible chat API (OpenAI, Ollama, vLLM, llama.cpp). Structured JSON
 * output, a per-request timeout, the SDK's retries with backoff on 429 and 5xx (it honours
 * Retry-After), a concurrency limit per store, and token usage recorded per store.
 */
@Injectable()
export class LlmClient {
  private readonly logger = new Logger('LLM');
  private readonly client: OpenAI | null;
  private readonly limiter: KeyedSemaphore;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly usage: AiUsageService,
  ) {
    this.client = config.OPENAI_API_KEY
      ? new OpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, timeout: config.AI_TIMEOUT_MS, maxRetries: config.AI_MAX_RETRIES })
      : null;
    this.limiter = new KeyedSemaphore(config.AI_CONCURRENCY_PER_STORE);
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  get model(): string {
    return this.config.OPENAI_MODEL;
  }

  /** The fields of the schema, each a non-empty string; LlmUnavailable when that cannot be had. */
  async complete(req: CompletionRequest): Promise<Record<string, string>> {
    const client = this.client;
    if (!client) throw new LlmUnavailable('no OPENAI_API_KEY configured');
    return this.limiter.run(req.storeId, async () => {
      let response: OpenAI.Chat.Completions.ChatCompletion;
      try {
        response = await client.chat.completions.create({
          model: this.model,
          messages: [
            { role: 'system', content: req.system },
            { role: 'user', content: req.user },
          ],
          temperature: req.temperature ?? 0.7,
          max_completion_tokens: req.maxTokens ?? 400,
          response_format: { type: 'json_schema', json_schema: { name: req.schema.name, strict: true, schema: toJsonSchema(req.schema) } },
        });
      } catch (error) {
        await this.usage.record(req.storeId, { model: this.model, failures: 1 });
        this.logger.warn(`${req.schema.name} failed: ${(error as Error).message}`);
        throw new LlmUnavailable((error as Error).message);
      }
      await this.usage.record(req.storeId, {
        model: this.model,
        calls: 1,
        promptTokens: response.usage?.prompt_tokens ?? 0,
        completionTokens: response.usage?.completion_tokens ?? 0,
      });
      return parseFields(response, req.schema);
    });
  }
}

function toJsonSchema(schema: StringFieldsSchema): Record<string, unknown> {
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(schema.fields).map(([k, v]) => [k, { type: 'string', description: v.description }])),
    required: Object.keys(schema.fields),
    additionalProperties: false,
  };
}

/** The answer's JSON, checked field by field: anything else is "unavailable", never half-used. */
export function parseFields(response: OpenAI.Chat.Completions.ChatCompletion, schema: StringFieldsSchema): Record<string, string> {
  const choice = response.choices[0];
  if (!choice || choice.message.refusal) throw new LlmUnavailable(`refused: ${choice?.message.refusal ?? 'no choice'}`);
  if (choice.finish_reason === 'length') throw new LlmUnavailable('the answer was cut off');
  let parsed: unknown;
  try {
    parsed = JSON.parse(choice.message.content ?? '');
  } catch {
    throw new LlmUnavailable('the answer was not valid JSON');
  }
  if (!parsed || typeof parsed !== 'object') throw new LlmUnavailable('the answer was not a JSON object');
  const out: Record<string, string> = {};
  for (const [key, spec] of Object.entries(schema.fields)) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value !== 'string' || !value.trim()) throw new LlmUnavailable(`the answer has no ${key}`);
    const text = value.replace(/\s+/g, ' ').trim();
    if (spec.maxLength && text.length > spec.maxLength * 1.5) throw new LlmUnavailable(`${key} is far too long`);
    out[key] = text;
  }
  return out;
}
