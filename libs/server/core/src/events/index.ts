export * from './store-events';
