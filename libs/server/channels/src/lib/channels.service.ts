import { Injectable } from '@nestjs/common';
import { NotFoundException, SecretBox, Tenancy, type AuthContext } from '@parley/server-core';
import { SenderIdentity } from '@parley/server-data';
import { CHANNELS, CHANNEL_CAPABILITIES, type ChannelStatusDto, type EmailChannelDto } from '@parley/shared-types';
import { PutEmailChannelDto } from './email-channel.dto';
import { describeImap, parseImapUrl } from './imap-url';

@Injectable()
export class ChannelsService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly secrets: SecretBox,
  ) {}

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
    return this.toEmailDto(identity);
  }

  /** Sets (or replaces) the store's sender identity; `imapUrl` absent keeps the stored mailbox, null removes it. */
  async putEmail(auth: AuthContext, dto: PutEmailChannelDto): Promise<EmailChannelDto> {
    const repo = this.tenancy.repo(SenderIdentity, auth.storeId);
    const identity = (await this.identity(auth)) ?? repo.create({ imapUrlSealed: null });
    Object.assign(identity, { fromName: dto.fromName, fromEmail: dto.fromEmail, replyDomain: dto.replyDomain ?? null });
    if (dto.imapUrl !== undefined) {
      if (dto.imapUrl) parseImapUrl(dto.imapUrl);
      identity.imapUrlSealed = dto.imapUrl ? this.secrets.seal(dto.imapUrl) : null;
    }
    return this.toEmailDto(await repo.save(identity));
  }

  async deleteEmail(auth: AuthContext): Promise<{ channel: 'email'; connected: false }> {
    const identity = await this.identity(auth);
    if (identity) await this.tenancy.repo(SenderIdentity, auth.storeId).delete(identity.id);
    return { channel: 'email', connected: false };
  }

  private toEmailDto(s: SenderIdentity): EmailChannelDto {
    return { fromName: s.fromName, fromEmail: s.fromEmail, replyDomain: s.replyDomain, imap: s.imapUrlSealed ? describeImap(this.secrets.open(s.imapUrlSealed)) : null, updatedAt: s.updatedAt.toISOString() };
  }

  private identity(auth: AuthContext): Promise<SenderIdentity | null> {
    return this.tenancy.repo(SenderIdentity, auth.storeId).qb('s').getOne();
  }
}
