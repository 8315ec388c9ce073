import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuthContext } from '@parley/server-core';
import { Store } from '@parley/server-data';
import type { StoreDto } from '@parley/shared-types';
import { Repository } from 'typeorm';
import { UpdateStoreDto } from './auth.dto';
import { toStoreDto } from './serializers';

/** The caller's own store: the tenant row itself, reached only through the caller's storeId. */
@Injectable()
export class StoreService {
  constructor(@InjectRepository(Store) private readonly stores: Repository<Store>) {}

  async get(auth: AuthContext): Promise<StoreDto> {
    return toStoreDto(await this.stores.findOneByOrFail({ id: auth.storeId }));
  }

  async update(auth: AuthContext, patch: UpdateStoreDto): Promise<StoreDto> {
    const store = await this.stores.findOneByOrFail({ id: auth.storeId });
    Object.assign(store, patch);
    return toStoreDto(await this.stores.save(store));
  }
}
