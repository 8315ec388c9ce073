/**
 * A load generator in its own process (so it does not share the server's event loop): `clients`
 * keep-alive connections each fetching `url` back to back, for `limit` seconds ("10s") or until
 * `limit` requests in all ("400"). Optional request headers as JSON. Reports 200s, errors, the
 * wall time and every answered request's latency in ms, sorted.
 */
import { Agent, request } from 'node:http';

export interface LoadReport {
  ok: number;
  failed: number;
  seconds: number;
  latencies: number[];
}

const [url, clients, limit, headersJson] = [process.argv[2], Number(process.argv[3]), process.argv[4], process.argv[5]];
const agent = new Agent({ keepAlive: true, maxSockets: clients });
const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const headers = { 'user-agent': ua, ...(headersJson ? (JSON.parse(headersJson) as Record<string, string>) : {}) };
const get = () =>
  new Promise<number>((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });

async function main(): Promise<void> {
  const bySeconds = limit.endsWith('s');
  const end = bySeconds ? Date.now() + Number(limit.slice(0, -1)) * 1000 : Infinity;
  const total = bySeconds ? Infinity : Number(limit);
  let started = 0;
  let ok = 0;
  let failed = 0;
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end && started++ < total) {
        const t = performance.now();
        if ((await get().catch(() => 0)) === 200) {
          ok++;
          latencies.push(performance.now() - t);
        } else failed++;
      }
    }),
  );
  const report: LoadReport = { ok, failed, seconds: (performance.now() - t0) / 1000, latencies: latencies.sort((a, b) => a - b) };
  process.send!(report);
  agent.destroy();
}

void main();
