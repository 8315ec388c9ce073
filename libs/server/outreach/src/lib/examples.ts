import type { BulkProgressDto, BulkSendResultDto, OutreachDetailDto, OutreachDto } from '@parley/shared-types';

export const OUTREACH_EXAMPLE: OutreachDto = {
  id: '3f2b8c1e-6d4a-4e9b-9a7c-1d2e3f4a5b6c',
  campaignId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  influencerId: '5d1c9a7e-2b3f-4c6d-8e9f-0a1b2c3d4e5f',
  influencer: {
    id: '5d1c9a7e-2b3f-4c6d-8e9f-0a1b2c3d4e5f',
    username: 'maya.trails',
    displayName: 'Maya Chen',
    email: 'maya@example.com',
    platform: 'instagram',
  },
  templateId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  bulkId: null,
  channel: 'email',
  status: 'sent',
  statusReason: null,
  subject: 'A trail running idea for Maya',
  message: 'Hi Maya,\n\nI look after creator partnerships at Trailhead Running Co…',
  scheduledFor: null,
  sentAt: '2026-11-30T09:00:02.000Z',
  openedAt: null,
  clickedAt: null,
  repliedAt: null,
  replyText: null,
  replyCategory: null,
  replySentiment: null,
  replyConfidence: null,
  replyNeedsReview: false,
  lastReplyAt: null,
  followUpCount: 0,
  lastFollowUpAt: null,
  nextFollowUpAt: '2026-12-03T09:00:02.000Z',
  followUpsPaused: false,
  negotiationState: null,
  deepLink: null,
  createdAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-11-30T09:00:02.000Z',
};

const EVENTS = [
  {
    id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
    type: 'queued' as const,
    at: '2026-11-30T09:00:00.000Z',
    machine: false,
    data: { from: 'alex@trailhead.example.com' },
  },
  {
    id: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a',
    type: 'sent' as const,
    at: '2026-11-30T09:00:02.000Z',
    machine: false,
    data: { to: 'maya@example.com', messageId: '6b1f…@trailhead.example.com' },
  },
];

export const OUTREACH_DETAIL_EXAMPLE: OutreachDetailDto = {
  ...OUTREACH_EXAMPLE,
  followUps: {
    steps: 3,
    sent: 0,
    paused: false,
    stoppedBecause: null,
    planned: [
      { step: 1, at: '2026-12-03T09:00:02.000Z', templateId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', templateName: 'Follow-up 1' },
      { step: 2, at: '2026-12-07T09:00:02.000Z', templateId: '4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a', templateName: 'Follow-up 2' },
      { step: 3, at: '2026-12-14T09:00:02.000Z', templateId: null, templateName: null },
    ],
    noResponseAt: '2026-12-21T09:00:02.000Z',
  },
  thread: {
    messages: [
      {
        id: '6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        direction: 'out',
        channel: 'email',
        kind: 'initial',
        followUpStep: null,
        status: 'sent',
        subject: OUTREACH_EXAMPLE.subject,
        text: OUTREACH_EXAMPLE.message,
        to: 'maya@example.com',
        from: null,
        messageId: '6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@trailhead.example.com',
        error: null,
        assistReason: null,
        attempts: 1,
        scheduledFor: null,
        sentAt: '2026-11-30T09:00:02.000Z',
        receivedAt: null,
        createdAt: '2026-11-30T09:00:00.000Z',
      },
    ],
    events: EVENTS,
  },
  events: EVENTS,
};

export const BULK_EXAMPLE: BulkSendResultDto = {
  bulkId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  total: 3,
  queued: 2,
  skipped: [{ influencerId: '5d1c9a7e-2b3f-4c6d-8e9f-0a1b2c3d4e5f', reason: 'suppressed' }],
};

export const PROGRESS_EXAMPLE: BulkProgressDto = {
  bulkId: BULK_EXAMPLE.bulkId,
  campaignId: OUTREACH_EXAMPLE.campaignId!,
  templateType: 'initial_outreach',
  total: 3,
  queued: 2,
  sent: 1,
  failed: 0,
  skipped: 1,
  pending: 1,
  done: false,
  createdAt: '2026-11-30T09:00:00.000Z',
};
