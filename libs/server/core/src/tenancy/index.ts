export * from './auth-context';
export * from './tenancy.module';
export * from './tenant-repository';
