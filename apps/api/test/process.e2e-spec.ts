import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createTestDatabase, testRedisUrl, uniqueTestPrefix, type TestDatabase } from '@parley/server-core/testing';

const root = join(__dirname, '..', '..', '..');

/** Runs an entry point (TypeScript through swc) as its own process and collects its output. */
function launch(entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(root, entry)], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', SWC_NODE_PROJECT: join(root, 'tsconfig.json'), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, ms = 60_000) => {
    const until = Date.now() + ms;
    while (!pattern.test(stdout) && Date.now() < until && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    if (!pattern.test(stdout)) throw new Error(`no ${pattern} in output:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
  };
  return { child, exited, waitFor, output: () => ({ stdout, stderr }) };
}

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
