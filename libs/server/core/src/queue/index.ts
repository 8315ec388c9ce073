export * from './queue.module';
