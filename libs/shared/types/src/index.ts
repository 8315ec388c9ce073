export * from './lib/api';
export * from './lib/enums';
export * from './lib/errors';
export * from './lib/money';
export * from './lib/queues';
export * from './lib/tiers';
export * from './lib/templates';
export * from './lib/outreach';
