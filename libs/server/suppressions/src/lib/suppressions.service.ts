import { Injectable } from '@nestjs/common';
import { NotFoundException, Tenancy, isUuid, paginate, type AuthContext, type PageQueryDto } from '@parley/server-core';
import { Suppression } from '@parley/server-data';
import type { ListOf, SuppressionDto, SuppressionReason } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';

const toDto = (s: Suppression): SuppressionDto => ({ id: s.id, email: s.email, reason: s.reason, note: s.note, createdAt: s.createdAt.toISOString() });

/**
 * The store's do-not-contact list. Sending checks it first; unsubscribes, hard bounces and
 * complaints add to it. Adding an address that is already there keeps the first entry.
 */
@Injectable()
export class SuppressionsService {
  constructor(private readonly tenancy: Tenancy) {}

  async list(auth: AuthContext, query: PageQueryDto & { q?: string }): Promise<ListOf<'suppressions', SuppressionDto>> {
    const qb = this.tenancy.repo(Suppression, auth.storeId).qb('s');
    if (query.q?.trim()) qb.andWhere('s.email ILIKE :q', { q: `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const { items, pagination } = await paginate(qb, query);
    return { suppressions: items.map(toDto), pagination };
  }

  /** Adds the address (idempotent): `created` is false when it was already suppressed. */
  async add(storeId: string, email: string, reason: SuppressionReason, note: string | null = null, manager?: EntityManager): Promise<{ suppression: SuppressionDto; created: boolean }> {
    const rows = await this.tenancy.query<{ id: string; inserted: boolean }>(
      storeId,
      `INSERT INTO suppressions (store_id, email, reason, note) VALUES ($1, lower($2), $3, $4)
       ON CONFLICT (store_id, lower(email)) DO UPDATE SET updated_at = suppressions.updated_at
       RETURNING id, (xmax = 0) AS inserted`,
      [email.trim(), reason, note],
      manager,
    );
    const row = await this.tenancy.repo(Suppression, storeId, manager).get(rows[0].id);
    return { suppression: toDto(row), created: rows[0].inserted };
  }

  /** Whether the store must not email this address. */
  async isSuppressed(storeId: string, email: string, manager?: EntityManager): Promise<boolean> {
    const rows = await this.tenancy.query(storeId, `SELECT 1 FROM suppressions WHERE store_id = $1 AND lower(email) = lower($2) LIMIT 1`, [email.trim()], manager);
    return rows.length > 0;
  }

  /** Removes an entry by its id or by the address itself. */
  async remove(auth: AuthContext, idOrEmail: string): Promise<{ id: string; email: string; deleted: true }> {
    const repo = this.tenancy.repo(Suppression, auth.storeId);
    const row = isUuid(idOrEmail)
      ? await repo.findOne(idOrEmail)
      : await repo.qb('s').andWhere('lower(s.email) = lower(:email)', { email: String(idOrEmail).trim() }).getOne();
    if (!row) throw new NotFoundException('Suppression');
    await repo.delete(row.id);
    return { id: row.id, email: row.email, deleted: true };
  }
}
