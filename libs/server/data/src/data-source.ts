import type { AppConfig } from '@parley/server-core';
import type { DataSourceOptions } from 'typeorm';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One definition for the app, the migration CLI and the tests. `synchronize` is never on. */
export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install (PGlite has none).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 10_000 },
  };
}

export const createDataSource = (config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>) => new DataSource(dataSourceOptions(config));
