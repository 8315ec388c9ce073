export * from './config';
export * from './errors';
export * from './http';
export * from './logging';
export * from './queue';
export * from './redis';
export * from './tenancy';
export * from './lifecycle';
