export * from './lib/newest-text';
export * from './lib/auto-reply';
