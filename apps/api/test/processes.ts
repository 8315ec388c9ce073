import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');

/** Runs an entry point (TypeScript through swc) as its own process and collects its output. */
export function launch(entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(repoRoot, entry)], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', SWC_NODE_PROJECT: join(repoRoot, 'tsconfig.json'), ...env },
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
