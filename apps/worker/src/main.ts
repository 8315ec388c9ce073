import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { exitCleanlyOnSignals, loadConfigOrExit } from '@parley/server-core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  exitCleanlyOnSignals(app);
  app.get(Logger).log('Parley worker running (queues and crons)');
}

main().catch((error: unknown) => {
  process.stderr.write(`Parley worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
