import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadReport } from './load.child';

/**
 * Runs the load generator (load.child.ts) in a child process: `clients` keep-alive connections
 * fetching `url` for `limit` ("10s" for seconds, "400" for requests in all). Rejects if any failed.
 */
export function generateLoad(url: string, clients: number, limit: string, headers: Record<string, string> = {}): Promise<LoadReport> {
  const child = fork(join(__dirname, 'load.child.ts'), [url, String(clients), limit, JSON.stringify(headers)], { execArgv: ['-r', '@swc-node/register'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m: LoadReport) => (m.failed ? reject(new Error(`${m.failed} of ${m.ok + m.failed} requests to ${url} failed`)) : resolve(m)));
    child.once('exit', (code) => code && reject(new Error(`load generator exited ${code}`)));
  });
}

/** The value below which `p` percent of the sorted values fall. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
