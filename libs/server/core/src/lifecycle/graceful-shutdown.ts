import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: stop taking work, run every shutdown hook (queues drained, pools and
 * connections closed) and exit 0; a second signal, or a hook that hangs past the grace period, exits 1.
 */
export function exitCleanlyOnSignals(app: INestApplicationContext, graceMs = 25_000): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    const timer = setTimeout(() => {
      process.stderr.write(`shutdown after ${signal} took longer than ${graceMs} ms; exiting\n`);
      process.exit(1);
    }, graceMs);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
