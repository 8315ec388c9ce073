import type { PageQuery } from '@parley/shared-types';
import type { SuppressionListQuery } from './api/get-suppressions';

/** Query keys of the settings feature; each starts with the store so stores never share a cache entry. */
export const settingsKeys = {
  all: (storeId: string) => ['stores', storeId, 'settings'] as const,
  store: (storeId: string) => [...settingsKeys.all(storeId), 'store'] as const,
  apiKeys: (storeId: string) => [...settingsKeys.all(storeId), 'api-keys'] as const,
  apiKeyList: (storeId: string, query: PageQuery) => [...settingsKeys.apiKeys(storeId), query] as const,
  /** Under `channels`: setting or removing the sender identity changes whether email is connected. */
  channels: (storeId: string) => [...settingsKeys.all(storeId), 'channels'] as const,
  channelList: (storeId: string) => [...settingsKeys.channels(storeId), 'list'] as const,
  emailChannel: (storeId: string) => [...settingsKeys.channels(storeId), 'email'] as const,
  suppressions: (storeId: string) => [...settingsKeys.all(storeId), 'suppressions'] as const,
  suppressionList: (storeId: string, query: SuppressionListQuery) => [...settingsKeys.suppressions(storeId), query] as const,
  aiUsage: (storeId: string) => [...settingsKeys.all(storeId), 'ai-usage'] as const,
  aiUsagePeriod: (storeId: string, days: number) => [...settingsKeys.aiUsage(storeId), days] as const,
  /** Every platform × tier × deliverable type, in one answer. */
  rateCards: (storeId: string) => [...settingsKeys.all(storeId), 'rate-cards'] as const,
  /** The deployment's health (the same for every store; keyed like the rest so a sign-out clears it too). */
  health: (storeId: string) => [...settingsKeys.all(storeId), 'health'] as const,
};
