import { randomBytes } from 'node:crypto';
import { createTestDatabase, testRedisUrl, uniqueTestPrefix, type TestDatabase } from '@parley/server-core/testing';
import { launch } from './processes';

describe('processes', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase();
    env = { DATABASE_URL: db.url, REDIS_URL: testRedisUrl(), REDIS_PREFIX: uniqueTestPrefix(), APP_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'info' };
  });
  afterAll(() => db.drop());

  it.each([
    [{ APP_SECRET: 'too-short' }, 'Invalid configuration: APP_SECRET must be at least 32 characters'],
    [{ DATABASE_URL: '' }, 'Invalid configuration: DATABASE_URL is required'],
    [{ ENCRYPTION_KEY: 'not-32-bytes' }, 'Invalid configuration: ENCRYPTION_KEY must be 32 bytes as base64 or hex'],
  ])('refuses to start with a bad setting, printing one line that names it and exiting 1 (%j)', async (over, line) => {
    const p = launch('apps/api/src/main.ts', { ...env, ...over });
    expect(await p.exited).toBe(1);
    expect(p.output().stderr.trim()).toBe(line);
  });

  it('starts the API, migrates, serves health, and stops cleanly on SIGTERM', async () => {
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const p = launch('apps/api/src/main.ts', { ...env, PORT: port, HOST: '127.0.0.1' });
    await p.waitFor(/Parley API listening/);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it('runs the worker as its own process (queues and crons, no HTTP) and stops cleanly on SIGTERM', async () => {
    const p = launch('apps/worker/src/main.ts', env);
    await p.waitFor(/Parley worker running/);
    expect(p.output().stdout).toMatch(/ApiKeysMaintenanceProcessor|JobsModule/);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });
});
