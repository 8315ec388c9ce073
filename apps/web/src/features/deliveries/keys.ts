import type { DeliveryStatus } from '@parley/shared-types';

/** Query keys of the deliveries feature; each starts with the store so stores never share a cache entry. */
export const deliveryKeys = {
  all: (storeId: string) => ['stores', storeId, 'deliveries'] as const,
  /** A campaign's board: one list per status column. */
  board: (storeId: string, campaignId: string) => [...deliveryKeys.all(storeId), 'board', campaignId] as const,
  column: (storeId: string, campaignId: string, status: DeliveryStatus) => [...deliveryKeys.board(storeId, campaignId), status] as const,
  detail: (storeId: string, id: string) => [...deliveryKeys.all(storeId), 'detail', id] as const,
  /** Under `all`: every move or change of figures refreshes the campaign's performance too. */
  performance: (storeId: string, campaignId: string) => [...deliveryKeys.all(storeId), 'performance', campaignId] as const,
};

/** The creator's page has no store: its key is the link's token alone. */
export const publicDeliveryKeys = {
  detail: (token: string) => ['public-deliveries', token] as const,
};
