/** Every Bull queue, named once. Processors and producers import the names from here. */
export enum QueueName {
  Maintenance = 'maintenance',
  /** Outgoing emails, a batch per job (one claim statement, one limiter slot): claim, render, send, record. */
  Email = 'email',
  /** Inbound emails kept but not processed (a crash, a failure), processed again from their stored copy. */
  Inbound = 'inbound',
  /** Outgoing webhook deliveries to integrators, retried with backoff. */
  Webhooks = 'webhooks',
  /** One delayed job per planned follow-up, due at its time (the database sweeper sends any it misses). */
  FollowUps = 'followups',
  /** Outgoing Instagram and TikTok DMs, one per job: sent by API inside the platform's window, else left for a person. */
  Dm = 'dm',
}

/** Job names per queue with their payloads, so producers and processors agree on the shape. */
export interface JobPayloads {
  [QueueName.Maintenance]: {
    'purge-revoked-api-keys': { olderThanDays: number };
    'notification-digest': { storeId: string; day: string };
  };
  [QueueName.Email]: {
    /** `domainHeld`: the messages' recipient-domain slots were already reserved (a job moved to its slot). */
    send: { storeId: string; messageIds: string[]; domainHeld?: boolean };
  };
  [QueueName.Inbound]: {
    reprocess: { inboundId: string };
    'poll-mailbox': { storeId: string };
  };
  [QueueName.Webhooks]: {
    deliver: { storeId: string; deliveryId: string };
  };
  [QueueName.FollowUps]: {
    /** Follow-up `step` of an outreach is due: sent if the row still says so. */
    'send-follow-up': { storeId: string; outreachId: string; step: number; dueAt: string };
  };
  [QueueName.Dm]: {
    send: { storeId: string; messageId: string };
  };
}

export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
export type JobPayload<Q extends QueueName, J extends JobName<Q>> = JobPayloads[Q][J];

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}
