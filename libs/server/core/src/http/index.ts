export * from './envelope.interceptor';
export * from './exception.filter';
export * from './id.pipe';
export * from './pagination';
export * from './validation.pipe';
export * from './validators';
export * from './multipart';
