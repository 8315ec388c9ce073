import type { DataSource, DeepPartial, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import { NotFoundException } from '../errors';

/** Every tenant-owned row has an id and the store it belongs to. */
export interface TenantOwned extends ObjectLiteral {
  id: string;
  storeId: string;
}

/**
 * A repository bound to one store. Every read, write and query builder it hands out is filtered by
 * `storeId`, so module code cannot forget the tenant: another store's row is simply not found.
 */
export class TenantRepository<T extends TenantOwned> {
  constructor(
    private readonly repo: Repository<T>,
    readonly storeId: string,
    private readonly resource: string,
  ) {}

  /** A query builder already restricted to the store. */
  qb(alias: string): SelectQueryBuilder<T> {
    return this.repo.createQueryBuilder(alias).where(`${alias}.storeId = :storeId`, { storeId: this.storeId });
  }

  findOne(id: string): Promise<T | null> {
    return this.repo.findOneBy(this.scope({ id } as FindOptionsWhere<T>));
  }

  /** The row, or NOT_FOUND naming the resource. */
  async get(id: string): Promise<T> {
    const row = await this.findOne(id);
    if (!row) throw new NotFoundException(this.resource);
    return row;
  }

  /** The rows of `ids` that belong to the store (missing or foreign ids are left out). */
  findByIds(ids: string[]): Promise<T[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo.findBy(this.scope({ id: In(ids) } as FindOptionsWhere<T>));
  }

  count(where: FindOptionsWhere<T> = {}): Promise<number> {
    return this.repo.countBy(this.scope(where));
  }

  /** A new entity owned by the store (not yet saved). */
  create(values: DeepPartial<T>): T {
    return this.repo.create({ ...values, storeId: this.storeId } as DeepPartial<T>);
  }

  async save(entity: T): Promise<T> {
    if (entity.storeId !== this.storeId) throw new NotFoundException(this.resource);
    return this.repo.save(entity);
  }

  /** Deletes the row; NOT_FOUND when the store has no such row. */
  async delete(id: string): Promise<void> {
    const result = await this.repo.delete(this.scope({ id } as FindOptionsWhere<T>));
    if (!result.affected) throw new NotFoundException(this.resource);
  }

  private scope(where: FindOptionsWhere<T>): FindOptionsWhere<T> {
    return { ...where, storeId: this.storeId } as FindOptionsWhere<T>;
  }
}

/** Opens store-bound repositories, on the data source or inside a transaction. */
export class Tenancy {
  constructor(private readonly dataSource: DataSource) {}

  /** The default entity manager, for the tenant rows themselves (stores) looked up by the caller's own id. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  repo<T extends TenantOwned>(entity: EntityTarget<T>, storeId: string, manager?: EntityManager): TenantRepository<T> {
    const repository = (manager ?? this.dataSource.manager).getRepository(entity);
    return new TenantRepository(repository, storeId, resourceName(repository.metadata.name));
  }

  /**
   * Raw SQL for one store: the store id is always bound as $1, and a statement that does not use
   * $1 is refused, so hand-written queries cannot forget the tenant.
   */
  async query<R = Record<string, unknown>>(storeId: string, sql: string, params: unknown[] = [], manager?: EntityManager): Promise<R[]> {
    if (!/\$1(?!\d)/.test(sql)) throw new Error('tenant query must filter by the store id bound as $1');
    return rowsOf<R>(await (manager ?? this.dataSource.manager).query(sql, [storeId, ...params]));
  }

  /**
   * `query` as a named prepared statement on each pooled connection: parsed and planned once per
   * connection instead of per call, for the few statements that run for every message sent.
   */
  async prepared<R = Record<string, unknown>>(storeId: string, name: string, sql: string, params: unknown[] = []): Promise<R[]> {
    if (!/\$1(?!\d)/.test(sql)) throw new Error('tenant query must filter by the store id bound as $1');
    const pool = (this.dataSource.driver as unknown as { master: { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }> } }).master;
    return (await pool.query({ name, text: sql, values: [storeId, ...params] })).rows;
  }

  /**
   * Raw SQL across stores, for the few callers that start from something other than a store: a
   * signed token or a provider's id naming one row, or a sweep over every store's queue. The rows it
   * returns carry their store_id, and whatever the caller writes next goes through `query`.
   */
  async acrossStores<R = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
    return rowsOf<R>(await this.dataSource.manager.query(sql, params));
  }

  /** Runs `work` in one transaction; repositories opened from its manager share it. */
  transaction<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }
}

/**
 * TypeORM answers an UPDATE or DELETE (RETURNING included) with [rows, affectedCount] and anything
 * else with the rows; callers always get the rows. Rows are objects, so the shapes cannot be confused.
 */
export function rowsOf<R>(result: unknown): R[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as R[];
  return result as R[];
}

/** "InfluencerCampaign" → "Influencer campaign" for error messages. */
const resourceName = (entityName: string): string => {
  const words = entityName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
