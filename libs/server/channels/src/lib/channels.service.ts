import { Injectable } from '@nestjs/common';
import { NotFoundException, Tenancy, type AuthContext } from '@parley/server-core';
import { SenderIdentity } from '@parley/server-data';
import { CHANNELS, CHANNEL_CAPABILITIES, type ChannelStatusDto, type EmailChannelDto } from '@parley/shared-types';
import { PutEmailChannelDto } from './email-channel.dto';

const toEmailDto = (s: SenderIdentity): EmailChannelDto => ({ fromName: s.fromName, fromEmail: s.fromEmail, replyDomain: s.replyDomain, updatedAt: s.updatedAt.toISOString() });

@Injectable()
export class ChannelsService {
  constructor(private readonly tenancy: Tenancy) {}

  /** Every channel with what it can do and whether this store has it set up. */
  async list(auth: AuthContext): Promise<{ channels: ChannelStatusDto[] }> {
    const email = await this.identity(auth);
    return {
      channels: CHANNELS.map((channel) => ({
        channel,
        // Instagram and TikTok connections arrive with DMs; until then they are never connected.
        connected: channel === 'email' ? email !== null : false,
        ...CHANNEL_CAPABILITIES[channel],
      })),
    };
  }

  async getEmail(auth: AuthContext): Promise<EmailChannelDto> {
    const identity = await this.identity(auth);
    if (!identity) throw new NotFoundException('Email sender identity');
    return toEmailDto(identity);
  }

  /** Sets (or replaces) the store's sender identity. */
  async putEmail(auth: AuthContext, dto: PutEmailChannelDto): Promise<EmailChannelDto> {
    const repo = this.tenancy.repo(SenderIdentity, auth.storeId);
    const identity = (await this.identity(auth)) ?? repo.create({});
    Object.assign(identity, { fromName: dto.fromName, fromEmail: dto.fromEmail, replyDomain: dto.replyDomain ?? null });
    return toEmailDto(await repo.save(identity));
  }

  async deleteEmail(auth: AuthContext): Promise<{ channel: 'email'; connected: false }> {
    const identity = await this.identity(auth);
    if (identity) await this.tenancy.repo(SenderIdentity, auth.storeId).delete(identity.id);
    return { channel: 'email', connected: false };
  }

  private identity(auth: AuthContext): Promise<SenderIdentity | null> {
    return this.tenancy.repo(SenderIdentity, auth.storeId).qb('s').getOne();
  }
}
