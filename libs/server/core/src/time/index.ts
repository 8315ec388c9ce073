export * from './clock';
export * from './periodic-jobs';
export * from './time.module';
