/**
 * A load generator in its own process (so it does not share the server's event loop): `clients`
 * keep-alive connections each fetching `url` back to back for `seconds`; reports 200s and errors.
 */
import { Agent, request } from 'node:http';

const [url, clients, seconds] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const agent = new Agent({ keepAlive: true, maxSockets: clients });
const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const get = () =>
  new Promise<number>((resolve, reject) => {
    const req = request(url, { agent, headers: { 'user-agent': ua } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });

async function main(): Promise<void> {
  const end = Date.now() + seconds * 1000;
  let ok = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        if ((await get().catch(() => 0)) === 200) ok++;
        else failed++;
      }
    }),
  );
  process.send!({ ok, failed });
  agent.destroy();
}

void main();
