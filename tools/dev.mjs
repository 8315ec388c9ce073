#!/usr/bin/env node
// `npm run dev`: hot reload for both apps. The API restarts on change (swc + node --watch) and the
// SPA is served by Vite on http://localhost:4200 with /api proxied to the API on :3000.
// Uses the same environment handling as `npm start` (embedded PostgreSQL / local Redis when unset).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const children = [
  spawn(bin('swc'), ['apps/api/src', 'apps/worker/src', 'libs/server', 'libs/shared', '-d', 'dist/server', '--config-file', '.swcrc', '--watch', '--quiet', '--ignore', '**/*.spec.ts', '--ignore', '**/*-spec.ts'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, [join(root, 'tools', 'start.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, PARLEY_DEV: '1' } }),
  spawn(bin('vite'), [], { cwd: join(root, 'apps', 'web'), stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', stop);
