import { z } from 'zod';

const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL (${protocols.map((p) => p.replace(':', '')).join(' or ')})`);

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes'].includes(v));

const emailList = z
  .string()
  .transform((v) => v.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean))
  .refine((list) => list.every((e) => /^[^@\s]+@[^@\s]+$/.test(e)), 'must be a comma-separated list of email addresses');

/** 32 bytes, given as hex (64 characters) or base64. */
const key32 = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  const isHex = /^[0-9a-fA-F]{64}$/.test(trimmed);
  const isBase64 = /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed);
  const bytes = isHex ? Buffer.from(trimmed, 'hex') : isBase64 ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (bytes.length !== 32) {
    ctx.addIssue({ code: 'custom', message: 'must be 32 bytes as base64 or hex' });
    return z.NEVER;
  }
  return bytes;
});

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Every setting the server reads, with its default. Only the database and Redis are needed to start;
 * providers (SMTP, SES, OpenAI, platform APIs, Chromium) are checked when they are used.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: int(1, 65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  /** Connections in the pool; the embedded PostgreSQL takes one at a time. */
  DATABASE_POOL_SIZE: int(1, 100).default(10),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  /** Prefix of every Redis key this instance writes (queues, rate limits), so installs can share a server. */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]+$/, 'must be letters, digits, ":", "_" or "-"').default('parley'),
  PUBLIC_URL: url(['http:', 'https:']).default('http://localhost:3000'),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters'),
  ENCRYPTION_KEY: key32.optional(),
  ADMIN_EMAILS: emailList.default([]),
  JWT_TTL: z.string().regex(/^\d+[smhd]$/, 'must be a duration such as 15m, 12h or 7d').default('12h'),
  /** Worker processors and crons in the API process (default) or only in apps/worker. */
  RUN_WORKERS: bool.default(true),
  /** Where the built SPA is served from; empty disables static serving. */
  WEB_DIST: z.string().default(''),
  /** Create the demo store, creators and campaign at start-up when they are missing (npm start sets it). */
  DEMO_SEED: bool.default(false),
  DEMO_EMAIL: z.string().email('must be an email address').default('demo@parley.example'),
  DEMO_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest accepted influencer import, in bytes (413 past it). */
  IMPORT_MAX_BYTES: int(1024, 512 * 1024 * 1024).default(20 * 1024 * 1024),
  IMPORT_MAX_ROWS: int(1, 1_000_000).default(50_000),
  /** Largest JSON body, in bytes (413 past it). */
  JSON_BODY_LIMIT: int(1024, 512 * 1024 * 1024).default(10 * 1024 * 1024),
  LOGIN_MAX_FAILURES: int(1, 1000).default(10),
  LOGIN_WINDOW_SECONDS: int(1, 86_400).default(15 * 60),
  REGISTRATIONS_PER_HOUR_PER_IP: int(1, 100_000).default(60),
  /** The proxies in front of the API (Express "trust proxy"), so rate limits see the client's address. */
  TRUST_PROXY: z.string().default('loopback'),
  EMAIL_TRANSPORT: z.enum(['smtp', 'ses']).default('smtp'),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  SES_REGION: z.string().optional(),
  SES_ENDPOINT: url(['http:', 'https:']).optional(),
  /** SES credentials; unset: the AWS SDK's own chain (AWS_ACCESS_KEY_ID, instance roles, …). */
  SES_ACCESS_KEY_ID: z.string().optional(),
  SES_SECRET_ACCESS_KEY: z.string().optional(),
  DKIM_DOMAIN: z.string().optional(),
  DKIM_SELECTOR: z.string().optional(),
  DKIM_PRIVATE_KEY: z.string().optional(),
  /** Outgoing emails per second through the transport, across every worker (Bull's limiter). */
  EMAIL_RATE_PER_SECOND: int(1, 10_000).default(50),
  /** Outgoing emails per second to one recipient domain, so no receiving server sees a burst. */
  EMAIL_DOMAIN_RATE_PER_SECOND: int(1, 10_000).default(5),
  /** Emails one worker process sends at once. */
  EMAIL_CONCURRENCY: int(1, 500).default(20),
  /** Most emails of a bulk per queue job (claimed in one statement, one slot of the rate limiter). */
  EMAIL_BATCH_SIZE: int(1, 100).default(20),
  /** SMTP connections kept open in the pool. */
  SMTP_POOL_SIZE: int(1, 100).default(5),
  /** Retries of temporary failures: exponential from the first delay, capped, at least 8 attempts. */
  EMAIL_RETRY_FIRST_DELAY_MS: int(100, 5_000).default(5_000),
  EMAIL_RETRY_MAX_DELAY_MS: int(1_000, 60_000).default(60_000),
  EMAIL_MAX_ATTEMPTS: int(8, 100).default(10),
  /** How long a sender's claim on a message holds before another may take it over (it died): longer than any send takes. */
  EMAIL_CLAIM_TIMEOUT_SECONDS: int(5, 3_600).default(120),
  /** An open this soon after the send is a machine (a proxy or prefetcher), not a person. */
  MACHINE_OPEN_SECONDS: int(0, 3_600).default(10),
  /** SNS topics whose SES notifications are accepted (comma-separated ARNs); empty accepts any topic. */
  SES_SNS_TOPIC_ARNS: z
    .string()
    .transform((v) => v.split(',').map((a) => a.trim()).filter(Boolean))
    .default([]),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: url(['http:', 'https:']).optional(),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  /** How long one LLM call may take before it counts as failed (the SDK retries 429/5xx within it). */
  AI_TIMEOUT_MS: int(1000, 300_000).default(20_000),
  AI_MAX_RETRIES: int(0, 10).default(3),
  /** LLM calls in flight at once for one store, so a bulk send cannot starve the others. */
  AI_CONCURRENCY_PER_STORE: int(1, 100).default(4),
  /** How long generated text is reused for the same creator, store and prompt version. */
  AI_CACHE_TTL_SECONDS: int(60, 365 * 86_400).default(30 * 86_400),
  INSTAGRAM_GRAPH_URL: url(['http:', 'https:']).default('https://graph.instagram.com'),
  /** The Graph API version in every path (Meta retires each about two years after release). */
  INSTAGRAM_GRAPH_VERSION: z.string().regex(/^v\d+\.\d+$/, 'a version such as v23.0').default('v23.0'),
  /** How long one call to Instagram's or TikTok's API may take. */
  PLATFORM_TIMEOUT_MS: int(1000, 120_000).default(10_000),
  INSTAGRAM_APP_SECRET: z.string().optional(),
  INSTAGRAM_VERIFY_TOKEN: z.string().optional(),
  TIKTOK_API_URL: url(['http:', 'https:']).default('https://business-api.tiktok.com'),
  TIKTOK_APP_SECRET: z.string().optional(),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Contract PDFs rendered at once, each on its own page of the one shared browser. */
  PDF_CONCURRENCY: int(1, 16).default(3),
  /**
   * Chromium in one process: multi-process Chromium starts a print-compositor process for every PDF,
   * which costs more than the rendering (2–3× the throughput here). Off if a Chromium build misbehaves with it.
   */
  PDF_CHROMIUM_SINGLE_PROCESS: bool.default(true),
  /** How long the signing link in a contract email works. */
  CONTRACT_SIGNING_TTL_DAYS: int(1, 365).default(30),
  SES_SNS_VERIFY: bool.default(true),
  METRICS_TOKEN: z.string().optional(),
  INBOUND_EMAIL_SECRET: z.string().optional(),
});

export type AppConfig = z.output<typeof configSchema>;
