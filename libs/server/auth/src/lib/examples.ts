/** Example payloads for the OpenAPI document. */
export const STORE_EXAMPLE = {
  id: '3f6c2a9e-8d41-4a57-9a7e-1c2b3d4e5f60',
  name: 'Trailhead Outfitters',
  email: 'hello@trailhead.example.com',
  supportEmail: 'support@trailhead.example.com',
  description: 'Trail running shoes made to last.',
  niche: 'fitness',
  website: 'https://trailhead.example.com',
  postalAddress: '1 Trail Way, Boulder, CO 80302, USA',
  timezone: 'America/Denver',
  senderName: 'Maya from Trailhead',
  notificationDigest: false,
  tone: 'friendly',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-20T16:30:00.000Z',
};

export const USER_EXAMPLE = {
  id: '9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d',
  email: 'maya@trailhead.example.com',
  name: null,
  role: 'owner',
  storeId: STORE_EXAMPLE.id,
  createdAt: '2026-11-01T09:00:00.000Z',
};

export const AUTH_RESULT_EXAMPLE = { accessToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…', user: USER_EXAMPLE, store: STORE_EXAMPLE };

export const ME_EXAMPLE = { user: USER_EXAMPLE, store: STORE_EXAMPLE, via: 'jwt' };

export const API_KEY_EXAMPLE = {
  id: 'c0ffee00-1234-4abc-9def-001122334455',
  name: 'Zapier integration',
  prefix: 'prly_Xb3k9Q',
  createdAt: '2026-11-29T09:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
};
