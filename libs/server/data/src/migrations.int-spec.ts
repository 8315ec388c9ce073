import { createTestDatabase, type TestDatabase } from '@parley/server-core/testing';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { MIGRATIONS } from './migrations';

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('build exactly the schema the entities describe (no drift), and revert cleanly', async () => {
    expect((await ds.runMigrations()).length).toBe(MIGRATIONS.length);
    const drift = await ds.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((q) => q.query)).toEqual([]);

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
    const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
    expect(tables).toEqual([]);

    expect((await ds.runMigrations()).length).toBe(MIGRATIONS.length);
  });

  it('keeps handles unique per store and platform whatever their case', async () => {
    const [store] = await ds.query(`INSERT INTO stores (name) VALUES ('s') RETURNING id`);
    const insert = (username: string, platform = 'instagram') =>
      ds.query(`INSERT INTO influencers (store_id, username, platform, followers_count, engagement_rate) VALUES ($1, $2, $3, 10, 1)`, [store.id, username, platform]);
    await insert('Maya');
    await insert('maya', 'tiktok');
    await expect(insert('MAYA')).rejects.toThrow(/influencers_store_platform_username_unique/);
  });
});
