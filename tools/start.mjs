#!/usr/bin/env node
// `npm start`: installs what is missing, builds (cached by Nx), starts PostgreSQL (embedded PGlite)
// and Redis when none is configured, then runs the API with the SPA on one origin, in the foreground.
// Only Node built-ins are imported up front: this file must run before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '.data');
const say = (msg) => process.stdout.write(`[parley] ${msg}\n`);
const die = (msg) => {
  process.stderr.write(`[parley] ${msg}\n`);
  process.exit(1);
};

/** KEY=VALUE lines of .env (the environment wins). */
function loadDotEnv() {
  const file = join(root, '.env');
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#') || process.env[m[1]] !== undefined) continue;
    process.env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env, ...opts });
  if (r.status !== 0) die(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Secrets this install keeps in .data/ when the environment does not give them. */
function localSecrets() {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  const secrets = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  secrets.APP_SECRET ??= randomBytes(32).toString('hex');
  secrets.ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
  secrets.DEMO_PASSWORD ??= `demo-${randomBytes(6).toString('hex')}`;
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** Whether a Redis answers PING at host:port. */
const redisAnswers = (host, port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });

const children = [];
let stopping = false;
async function shutdown(code, servers = []) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  for (const close of servers) await close().catch(() => {});
  process.exit(code);
}

async function main() {
  loadDotEnv();
  process.env.NX_DAEMON = 'false';
  process.env.NX_NO_CLOUD = 'true';
  process.env.NX_TUI = 'false';
  process.env.PUPPETEER_SKIP_DOWNLOAD = '1';

  if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
    say('installing dependencies (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
  say('building the API and the SPA (cached when nothing changed)…');
  run(join(root, 'node_modules', '.bin', 'nx'), ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static']);

  const secrets = localSecrets();
  process.env.APP_SECRET ||= secrets.APP_SECRET;
  process.env.ENCRYPTION_KEY ||= secrets.ENCRYPTION_KEY;
  process.env.DEMO_PASSWORD ||= secrets.DEMO_PASSWORD;
  process.env.DEMO_SEED ||= 'true';
  process.env.PORT ||= '3000';
  process.env.PUBLIC_URL ||= `http://localhost:${process.env.PORT}`;
  process.env.WEB_DIST ||= join(root, 'dist', 'apps', 'web');

  const closers = [];
  if (!process.env.DATABASE_URL) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const dir = join(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    const db = await PGlite.create(dir);
    const port = await freePort();
    const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1' });
    await server.start();
    closers.push(async () => {
      await server.stop();
      await db.close();
    });
    process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/postgres`;
    process.env.DATABASE_POOL_SIZE = '1';
    say(`no DATABASE_URL: embedded PostgreSQL (PGlite) on port ${port}, data in .data/pglite`);
  }

  if (!process.env.REDIS_URL) {
    if (await redisAnswers('127.0.0.1', 6379)) {
      process.env.REDIS_URL = 'redis://127.0.0.1:6379';
    } else if (spawnSync('redis-server', ['--version']).status === 0) {
      const port = await freePort();
      const dir = join(dataDir, 'redis');
      mkdirSync(dir, { recursive: true });
      const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
      children.push(redis);
      for (let i = 0; i < 50 && !(await redisAnswers('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));
      process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
      say(`no Redis on 127.0.0.1:6379: started redis-server on port ${port}`);
    } else {
      die('Redis is required: set REDIS_URL, or install redis-server (Debian: apt-get install redis-server).');
    }
  }

  // In `npm run dev`, node restarts the API whenever swc rewrites the build.
  const watch = process.env.PARLEY_DEV ? ['--watch-path', join(root, 'dist', 'server')] : [];
  const api = spawn(process.execPath, ['--enable-source-maps', ...watch, join(root, 'dist', 'server', 'apps', 'api', 'src', 'main.js')], { cwd: root, stdio: 'inherit', env: process.env });
  children.push(api);
  api.on('exit', (code, signal) => shutdown(code ?? (signal ? 0 : 1), closers));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => shutdown(0, closers));
  await announceWhenHealthy();
}

/** One readable banner once the API answers, above the JSON logs. */
async function announceWhenHealthy() {
  const local = `http://127.0.0.1:${process.env.PORT}/api/health`;
  for (let i = 0; i < 600 && !stopping; i++) {
    const ok = await fetch(local).then((r) => r.ok, () => false);
    if (ok) {
      say(`ready: ${process.env.PUBLIC_URL}/  (API ${process.env.PUBLIC_URL}/api, docs ${process.env.PUBLIC_URL}/api/docs)`);
      if (process.env.DEMO_SEED === 'true') say(`demo login: ${process.env.DEMO_EMAIL || 'demo@parley.example'} / ${process.env.DEMO_PASSWORD}`);
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

main().catch((error) => die(error instanceof Error ? error.stack ?? error.message : String(error)));
