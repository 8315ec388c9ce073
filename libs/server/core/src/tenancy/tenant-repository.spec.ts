import type { DataSource } from 'typeorm';
import { Tenancy } from './tenant-repository';

describe('Tenancy.query', () => {
  const calls: unknown[][] = [];
  const dataSource = { manager: { query: async (sql: string, params: unknown[]) => (calls.push([sql, params]), []) } } as unknown as DataSource;
  const tenancy = new Tenancy(dataSource);

  it('always binds the store id as $1', async () => {
    await tenancy.query('store-1', 'SELECT * FROM influencers WHERE store_id = $1 AND id = $2', ['x']);
    expect(calls.at(-1)).toEqual(['SELECT * FROM influencers WHERE store_id = $1 AND id = $2', ['store-1', 'x']]);
  });

  it('refuses SQL that does not use the store id ($10 is not $1)', async () => {
    await expect(tenancy.query('store-1', 'SELECT * FROM influencers WHERE id = $2', ['x'])).rejects.toThrow(/\$1/);
    await expect(tenancy.query('store-1', 'SELECT * FROM t WHERE a = $10')).rejects.toThrow(/\$1/);
  });
});
