import { Injectable } from '@nestjs/common';
import { NotFoundException, SecretBox, Tenancy, type AuthContext } from '@parley/server-core';
import { SenderIdentity } from '@parley/server-data';
import { CHANNELS, CHANNEL_CAPABILITIES, DM_CHANNEL_OF, DM_PLATFORM_OF, type ChannelConnectionDto, type ChannelStatusDto, type DmChannel, type DmPlatform, type EmailChannelDto } from '@parley/shared-types';
import { ChannelConnections } from './channel-connections';
import { PutInstagramChannelDto, PutTikTokChannelDto } from './dm-channel.dto';
import { PutEmailChannelDto } from './email-channel.dto';
import { describeImap, parseImapUrl } from './imap-url';

@Injectable()
export class ChannelsService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly secrets: SecretBox,
    private readonly connections: ChannelConnections,
  ) {}

  /** Every channel with what it can do and whether this store has it set up (an expired token is not connected). */
  async list(auth: AuthContext): Promise<{ channels: ChannelStatusDto[] }> {
    const [email, accounts] = await Promise.all([this.identity(auth), this.connections.describe(auth.storeId)]);
    return {
      channels: CHANNELS.map((channel) => {
        const connection = channel === 'email' ? null : (accounts[DM_PLATFORM_OF[channel]] ?? null);
        return { channel, connected: channel === 'email' ? email !== null : connection?.status === 'connected', connection, ...CHANNEL_CAPABILITIES[channel] };
      }),
    };
  }

  /** The store's account on the platform (no token), or 404. */
  async getConnection(auth: AuthContext, platform: DmPlatform): Promise<ChannelConnectionDto> {
    const connection = (await this.connections.describe(auth.storeId))[platform];
    if (!connection) throw new NotFoundException(`${platform === 'instagram' ? 'Instagram' : 'TikTok'} connection`);
    return connection;
  }

  connectInstagram(auth: AuthContext, dto: PutInstagramChannelDto): Promise<ChannelConnectionDto> {
    return this.connections.connect(auth.storeId, 'instagram', { accountId: dto.igUserId, accessToken: dto.accessToken, tokenExpiresAt: dto.tokenExpiresAt });
  }

  connectTikTok(auth: AuthContext, dto: PutTikTokChannelDto): Promise<ChannelConnectionDto> {
    return this.connections.connect(auth.storeId, 'tiktok', { accountId: dto.businessId, accessToken: dto.accessToken, tokenExpiresAt: dto.tokenExpiresAt });
  }

  async disconnect(auth: AuthContext, platform: DmPlatform): Promise<{ channel: DmChannel; connected: false }> {
    await this.connections.disconnect(auth.storeId, platform);
    return { channel: DM_CHANNEL_OF[platform], connected: false };
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
