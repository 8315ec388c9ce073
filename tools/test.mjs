#!/usr/bin/env node
// `npm test`: builds what the browser test serves (cached by Nx), then runs every Jest project
// (unit, integration against the local PostgreSQL and Redis, browser) and prints
// `tests: N passed, N failed` last. Extra arguments go to Jest (e.g. `npm test -- --selectProjects unit`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', PUPPETEER_SKIP_DOWNLOAD: '1' };
const bin = (name) => join(root, 'node_modules', '.bin', name);

const build = spawnSync(bin('nx'), ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], { cwd: root, stdio: 'inherit', env });
if (build.status !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

mkdirSync(join(root, 'tmp'), { recursive: true });
const results = join(root, 'tmp', 'jest-results.json');
rmSync(results, { force: true });
const jest = spawnSync(bin('jest'), ['--maxWorkers=2', '--json', `--outputFile=${results}`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });

let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
}
if (jest.status !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(jest.status ?? 1);
