export * from './redis.module';
export * from './single-use-tickets';
