import type { ContractFilters } from './api/get-contracts';

/** Query keys of the contracts feature; each starts with the store so stores never share a cache entry. */
export const contractKeys = {
  all: (storeId: string) => ['stores', storeId, 'contracts'] as const,
  lists: (storeId: string) => [...contractKeys.all(storeId), 'list'] as const,
  list: (storeId: string, filters: ContractFilters) => [...contractKeys.lists(storeId), filters] as const,
  /** Under `lists`: whatever changes a list changes the status counts too. */
  summary: (storeId: string, campaignId: string | undefined) => [...contractKeys.lists(storeId), 'summary', campaignId ?? null] as const,
  detail: (storeId: string, id: string) => [...contractKeys.all(storeId), 'detail', id] as const,
  /** Under `detail`: refreshing a contract refreshes its deliveries too. */
  deliveries: (storeId: string, id: string) => [...contractKeys.detail(storeId, id), 'deliveries'] as const,
  /** The store's templates, the built-in agreement and the placeholders, in one answer. */
  templates: (storeId: string) => [...contractKeys.all(storeId), 'templates'] as const,
};

/** The public signing page has no store: its key is the link's token alone. */
export const publicContractKeys = {
  detail: (token: string) => ['public-contracts', token] as const,
};
