import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type AppConfig } from '@parley/server-core';
import { createTestDatabase, testRedisUrl, uniqueTestPrefix } from '@parley/server-core/testing';
import Redis from 'ioredis';
import request from 'supertest';
import type { AppOptions } from '../src/app/app.module';
import { createApp } from '../src/app/create-app';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The real application on a database and Redis key prefix of its own (migrations applied on start),
 * torn down afterwards. Nothing of ours is mocked.
 */
export async function startTestApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const prefix = uniqueTestPrefix();
  const config = loadConfig({
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: prefix,
    APP_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ...env,
  });
  const app = await createApp(config, options);
  await app.init();
  return {
    app,
    config,
    http: request(app.getHttpServer()),
    async close() {
      await app.close();
      await db.drop();
      const redis = new Redis(config.REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  };
}

export const PASSWORD = 'Test-password-2026';

export interface TestStore {
  token: string;
  email: string;
  storeId: string;
  userId: string;
  auth: (r: request.Test) => request.Test;
}

/** Registers a fresh store and returns its owner's token. */
export async function registerStore(t: TestApp, storeName = `Store ${randomBytes(3).toString('hex')}`): Promise<TestStore> {
  const email = `owner-${randomBytes(5).toString('hex')}@example.com`;
  const res = await t.http.post('/api/auth/register').send({ email, password: PASSWORD, storeName }).expect(201);
  const token = res.body.data.accessToken as string;
  return { token, email, storeId: res.body.data.store.id, userId: res.body.data.user.id, auth: (r) => r.set('Authorization', `Bearer ${token}`) };
}

/** The field names a 422's details mention. */
export const fieldsOf = (body: { error?: { details?: { field: string }[] } }) => (body.error?.details ?? []).map((d) => d.field);
