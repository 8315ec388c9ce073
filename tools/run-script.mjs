#!/usr/bin/env node
// `npm run bench|train|eval -- <name> [args]`: runs the TypeScript script of that kind and name
// (bench/<name>.bench.ts, tools/train-<name>.ts, tools/eval-<name>.ts), e.g. `npm run bench -- import 10000`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = {
  bench: { dir: 'bench', file: (name) => `${name}.bench.ts`, name: (f) => /^(.+)\.bench\.ts$/.exec(f)?.[1] },
  train: { dir: 'tools', file: (name) => `train-${name}.ts`, name: (f) => /^train-(.+)\.ts$/.exec(f)?.[1] },
  eval: { dir: 'tools', file: (name) => `eval-${name}.ts`, name: (f) => /^eval-(.+)\.ts$/.exec(f)?.[1] },
};
const [kindName, name, ...args] = process.argv.slice(2);
const kind = KINDS[kindName];
if (!kind) {
  console.error(`usage: node tools/run-script.mjs <${Object.keys(KINDS).join('|')}> <name> [args]`);
  process.exit(2);
}
const available = readdirSync(join(root, kind.dir)).map(kind.name).filter(Boolean);
const file = name ? join(root, kind.dir, kind.file(name)) : null;
if (!file || !existsSync(file)) {
  console.error(`usage: npm run ${kindName} -- <${available.join('|')}> [args]`);
  process.exit(2);
}
const r = spawnSync(process.execPath, ['-r', '@swc-node/register', file, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.json') } });
process.exit(r.status ?? 1);
