import type { EntityManager } from 'typeorm';

/**
 * Emitted (and awaited) inside the transaction that creates a store, so other modules can give the
 * new store its starting data atomically: if a listener fails, the store is not created.
 */
export const STORE_CREATED = 'store.created';

export interface StoreCreatedEvent {
  storeId: string;
  manager: EntityManager;
}
