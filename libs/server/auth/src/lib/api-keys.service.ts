import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Tenancy, type AuthContext } from '@parley/server-core';
import { ApiKey, User } from '@parley/server-data';
import type { ApiKeyDto, CreatedApiKeyDto } from '@parley/shared-types';
import { IsNull, LessThan, Repository } from 'typeorm';
import { toApiKeyDto } from './serializers';

export const API_KEY_PREFIX = 'prly_';

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Keys are 32 random bytes: SHA-256 is enough to store them (no slow hash needed for high entropy). */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly tenancy: Tenancy,
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async create(auth: AuthContext, name: string): Promise<CreatedApiKeyDto> {
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const repo = this.tenancy.repo(ApiKey, auth.storeId);
    const saved = await repo.save(repo.create({ name, prefix: key.slice(0, API_KEY_PREFIX.length + 6), keyHash: hashKey(key), createdById: auth.userId }));
    return { id: saved.id, name: saved.name, key, prefix: saved.prefix, createdAt: saved.createdAt.toISOString() };
  }

  async list(auth: AuthContext, page: { offset: number; perPage: number }): Promise<[ApiKeyDto[], number]> {
    const [rows, total] = await this.tenancy
      .repo(ApiKey, auth.storeId)
      .qb('k')
      .orderBy('k.createdAt', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .skip(page.offset)
      .take(page.perPage)
      .getManyAndCount();
    return [rows.map(toApiKeyDto), total];
  }

  /** Revokes at once: the next request with the key is refused. Revoking twice is harmless. */
  async revoke(auth: AuthContext, id: string): Promise<ApiKeyDto> {
    const repo = this.tenancy.repo(ApiKey, auth.storeId);
    const key = await repo.get(id);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await repo.save(key);
    }
    return toApiKeyDto(key);
  }

  /** The caller a live key stands for, or null. Touches lastUsedAt at most once a minute. */
  async authenticate(key: string): Promise<AuthContext | null> {
    const row = await this.keys.findOne({ where: { keyHash: hashKey(key), revokedAt: IsNull() } });
    if (!row) return null;
    const owner = await this.users.findOne({ where: { id: row.createdById } });
    if (!owner) return null;
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
      await this.keys.update({ id: row.id }, { lastUsedAt: new Date() });
    }
    return { userId: owner.id, storeId: row.storeId, email: owner.email, role: owner.role, via: 'api_key', apiKeyId: row.id };
  }

  /** Deletes keys revoked longer ago than the retention period (they stay listed until then, for audit). */
  async purgeRevoked(olderThanDays: number): Promise<number> {
    const cutoff = new Date(Date.now() - olderThanDays * 86_400_000);
    const result = await this.keys.delete({ revokedAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }
}
