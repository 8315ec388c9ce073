import type { PageQuery } from '@parley/shared-types';

/** Query keys of the settings feature; each starts with the store so stores never share a cache entry. */
export const settingsKeys = {
  all: (storeId: string) => ['stores', storeId, 'settings'] as const,
  store: (storeId: string) => [...settingsKeys.all(storeId), 'store'] as const,
  apiKeys: (storeId: string) => [...settingsKeys.all(storeId), 'api-keys'] as const,
  apiKeyList: (storeId: string, query: PageQuery) => [...settingsKeys.apiKeys(storeId), query] as const,
};
