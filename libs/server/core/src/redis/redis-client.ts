/** The shared ioredis connection's injection token. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
