/** Every Bull queue, named once. Processors and producers import the names from here. */
export enum QueueName {
  Maintenance = 'maintenance',
  /** One job per outgoing email: claim, render, send, record. */
  Email = 'email',
}

/** Job names per queue with their payloads, so producers and processors agree on the shape. */
export interface JobPayloads {
  [QueueName.Maintenance]: {
    'purge-revoked-api-keys': { olderThanDays: number };
  };
  [QueueName.Email]: {
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
