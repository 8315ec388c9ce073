import { Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@parley/server-core';
import { CHANNEL_CAPABILITIES, DM_PLATFORM_OF, type ChannelCapabilities, type DmChannel, type DmPlatform } from '@parley/shared-types';
import { InstagramGraphClient, TikTokBusinessClient, type PlatformAccount, type PlatformSent } from './platforms';

/** Where a person opens the conversation with the creator by hand: Instagram's ig.me link, TikTok's profile (its DMs open from there). */
export function dmDeepLink(channel: DmChannel, username: string): string {
  const name = encodeURIComponent(username.replace(/^@/, ''));
  return channel === 'instagram_dm' ? `https://ig.me/m/${name}` : `https://www.tiktok.com/@${name}`;
}

/** Who a DM goes to: Instagram addresses the creator, TikTok the conversation they opened. */
export interface DmRecipient {
  platformUserId: string;
  conversationId: string | null;
}

/**
 * One DM channel behind the interface the rest of the product uses: what it can do (its
 * capabilities), where a person opens the conversation by hand, how a token is checked and how a
 * message goes out. Sending throws PlatformError with the platform's refusal mapped to one of a few
 * kinds, so callers never look at platform codes.
 */
export interface DmAdapter {
  readonly channel: DmChannel;
  readonly platform: DmPlatform;
  readonly capabilities: ChannelCapabilities;
  deepLink(username: string): string;
  validate(accountId: string, accessToken: string): Promise<PlatformAccount>;
  /** `humanAgent`: a person wrote it, so Instagram may take it up to 7 days after the creator's last message (the HUMAN_AGENT tag). */
  send(connection: { accountId: string; accessToken: string }, to: DmRecipient, text: string, options: { humanAgent: boolean }): Promise<PlatformSent>;
}

/** Instagram's messaging API (Instagram Login): replies only, 24 h after the creator's last message, 7 days for a person's message with HUMAN_AGENT. */
class InstagramDm implements DmAdapter {
  readonly channel = 'instagram_dm';
  readonly platform = 'instagram';
  readonly capabilities = CHANNEL_CAPABILITIES.instagram_dm;

  constructor(private readonly graph: InstagramGraphClient) {}

  deepLink(username: string): string {
    return dmDeepLink('instagram_dm', username);
  }

  validate(accountId: string, accessToken: string): Promise<PlatformAccount> {
    return this.graph.account(accessToken, accountId);
  }

  send(connection: { accountId: string; accessToken: string }, to: DmRecipient, text: string, options: { humanAgent: boolean }): Promise<PlatformSent> {
    return this.graph.sendText(connection.accessToken, connection.accountId, to.platformUserId, text, options.humanAgent ? { tag: 'HUMAN_AGENT' } : {});
  }
}

/** TikTok's Business Messaging API: replies only, 10 messages per 48 h after the creator's last message, not in the EEA, Switzerland or the UK. */
class TikTokDm implements DmAdapter {
  readonly channel = 'tiktok_dm';
  readonly platform = 'tiktok';
  readonly capabilities = CHANNEL_CAPABILITIES.tiktok_dm;

  constructor(private readonly tiktok: TikTokBusinessClient) {}

  deepLink(username: string): string {
    return dmDeepLink('tiktok_dm', username);
  }

  validate(accountId: string, accessToken: string): Promise<PlatformAccount> {
    return this.tiktok.account(accessToken, accountId);
  }

  send(connection: { accountId: string; accessToken: string }, to: DmRecipient, text: string): Promise<PlatformSent> {
    // Without a conversation the creator never wrote: the platform would refuse, and saying so is the caller's job.
    return this.tiktok.sendText(connection.accessToken, connection.accountId, to.conversationId ?? '', text);
  }
}

/** The platform clients, configured once. */
export const PLATFORM_CLIENTS = [
  {
    provide: InstagramGraphClient,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => new InstagramGraphClient({ baseUrl: config.INSTAGRAM_GRAPH_URL, version: config.INSTAGRAM_GRAPH_VERSION, timeoutMs: config.PLATFORM_TIMEOUT_MS }),
  },
  { provide: TikTokBusinessClient, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new TikTokBusinessClient({ baseUrl: config.TIKTOK_API_URL, timeoutMs: config.PLATFORM_TIMEOUT_MS }) },
];

/** The DM adapters, by channel or platform. */
@Injectable()
export class DmAdapters {
  private readonly byChannel: Record<DmChannel, DmAdapter>;

  constructor(graph: InstagramGraphClient, tiktok: TikTokBusinessClient) {
    this.byChannel = { instagram_dm: new InstagramDm(graph), tiktok_dm: new TikTokDm(tiktok) };
  }

  forChannel(channel: DmChannel): DmAdapter {
    return this.byChannel[channel];
  }

  forPlatform(platform: DmPlatform): DmAdapter {
    return Object.values(this.byChannel).find((a) => a.platform === platform)!;
  }

  static isDm(channel: string): channel is DmChannel {
    return channel in DM_PLATFORM_OF;
  }
}
