#!/usr/bin/env node
// `npm run bench -- <name> [args]`: runs bench/<name>.bench.ts (e.g. `npm run bench -- import 10000`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
const available = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace('.bench.ts', ''));
const file = join(root, 'bench', `${name}.bench.ts`);
if (!name || !existsSync(file)) {
  console.error(`usage: npm run bench -- <${available.join('|')}> [args]`);
  process.exit(2);
}
const r = spawnSync(process.execPath, ['-r', '@swc-node/register', file, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.json') } });
process.exit(r.status ?? 1);
