import type { ApiKey, Store, User } from '@parley/server-data';
import type { ApiKeyDto, StoreDto, UserDto } from '@parley/shared-types';

export const toUserDto = (user: User): UserDto => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  storeId: user.storeId,
  createdAt: user.createdAt.toISOString(),
});

export const toStoreDto = (store: Store): StoreDto => ({
  id: store.id,
  name: store.name,
  email: store.email,
  supportEmail: store.supportEmail,
  description: store.description,
  niche: store.niche,
  website: store.website,
  postalAddress: store.postalAddress,
  timezone: store.timezone,
  senderName: store.senderName,
  notificationDigest: store.notificationDigest,
  tone: store.tone,
  createdAt: store.createdAt.toISOString(),
  updatedAt: store.updatedAt.toISOString(),
});

export const toApiKeyDto = (key: ApiKey): ApiKeyDto => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
});
