import 'reflect-metadata';
import { exitCleanlyOnSignals, loadConfigOrExit } from '@parley/server-core';
import { Logger } from 'nestjs-pino';
import { createApp } from './app/create-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApp(config);
  exitCleanlyOnSignals(app);
  await app.listen(config.PORT, config.HOST);
  app.get(Logger).log(`Parley API listening on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}/api (docs at /api/docs)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Parley API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
