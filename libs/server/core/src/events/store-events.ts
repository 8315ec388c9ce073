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

/** Emitted after a campaign's status changed (committed): sending holds on pause and resumes on active. */
export const CAMPAIGN_STATUS_CHANGED = 'campaign.status-changed';

export interface CampaignStatusChangedEvent {
  storeId: string;
  campaignId: string;
  from: string;
  to: string;
}

/** Emitted after a campaign's follow-up policy (days, window, quiet period) changed: planned follow-ups are worked out again. */
export const CAMPAIGN_FOLLOW_UPS_CHANGED = 'campaign.follow-ups-changed';

export interface CampaignFollowUpsChangedEvent {
  storeId: string;
  campaignId: string;
}
