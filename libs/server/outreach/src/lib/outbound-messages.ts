import { Injectable } from '@nestjs/common';
import { DmAdapters } from '@parley/server-channels';
import type { Channel } from '@parley/shared-types';
import { DmQueue } from './dm/dm-queue';
import { EmailQueue, type QueuedMessage } from './email-queue';

/** A message to send, with the channel that decides which sender takes it. */
export interface OutboundMessage extends QueuedMessage {
  channel: Channel;
}

/** Hands outgoing messages to their channel's sender: emails to the email queue (in send batches), DMs to the DM queue. */
@Injectable()
export class OutboundMessages {
  constructor(
    private readonly email: EmailQueue,
    private readonly dm: DmQueue,
  ) {}

  async dispatch(messages: OutboundMessage[]): Promise<void> {
    await Promise.all([this.email.enqueue(messages.filter((m) => !DmAdapters.isDm(m.channel))), this.dm.enqueue(messages.filter((m) => DmAdapters.isDm(m.channel)))]);
  }

  async remove(messageIds: string[]): Promise<void> {
    await Promise.all([this.email.remove(messageIds), this.dm.remove(messageIds)]);
  }
}
