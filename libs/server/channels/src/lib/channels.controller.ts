import { Body, Controller, Delete, Get, Put } from '@nestjs/common';
import { ApiBadGatewayResponse, ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, type AuthContext } from '@parley/server-core';
import { CHANNELS, CHANNEL_CAPABILITIES, type ChannelConnectionDto, type ChannelStatusDto, type DmChannel, type EmailChannelDto } from '@parley/shared-types';
import { PutInstagramChannelDto, PutTikTokChannelDto } from './dm-channel.dto';
import { PutEmailChannelDto } from './email-channel.dto';
import { ChannelsService } from './channels.service';

const INSTAGRAM_EXAMPLE: ChannelConnectionDto = {
  platform: 'instagram',
  accountId: '17841400000000001',
  username: 'trailhead.running',
  status: 'connected',
  statusReason: null,
  tokenExpiresAt: '2027-01-28T00:00:00.000Z',
  validatedAt: '2026-11-29T10:00:00.000Z',
  webhooksConfigured: true,
};
const TIKTOK_EXAMPLE: ChannelConnectionDto = { ...INSTAGRAM_EXAMPLE, platform: 'tiktok', accountId: '-000Ab3dE9xQ2', username: 'trailheadrunning', tokenExpiresAt: null };

const EMAIL_EXAMPLE = {
  fromName: 'Sam from Trailhead',
  fromEmail: 'sam@trailhead.example.com',
  replyDomain: 'replies.trailhead.example.com',
  imap: { host: 'imap.example.com', port: 993, secure: true, user: 'replies@trailhead.example.com', mailbox: 'INBOX' },
  updatedAt: '2026-11-29T10:00:00.000Z',
};

@ApiTags('Channels')
@ApiBearerAuth()
@Controller('channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Get()
  @ApiOperation({ summary: 'Every channel, what it can do (start a conversation, window, quota, length, regions) and whether it is set up' })
  @ApiOkResponse({
    schema: {
      example: {
        success: true,
        data: { channels: CHANNELS.map((channel) => ({ channel, connected: channel !== 'tiktok_dm', connection: channel === 'instagram_dm' ? INSTAGRAM_EXAMPLE : null, ...CHANNEL_CAPABILITIES[channel] })) },
      },
    },
  })
  list(@Auth() auth: AuthContext): Promise<{ channels: ChannelStatusDto[] }> {
    return this.channels.list(auth);
  }

  @Get('email')
  @ApiOperation({ summary: 'The store’s email sender identity' })
  @ApiOkResponse({ schema: { example: { success: true, data: EMAIL_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No sender identity set yet' })
  getEmail(@Auth() auth: AuthContext): Promise<EmailChannelDto> {
    return this.channels.getEmail(auth);
  }

  @Put('email')
  @ApiOperation({ summary: 'Set the email sender identity (From name and address, reply domain)' })
  @ApiOkResponse({ schema: { example: { success: true, data: EMAIL_EXAMPLE } } })
  putEmail(@Auth() auth: AuthContext, @Body() dto: PutEmailChannelDto): Promise<EmailChannelDto> {
    return this.channels.putEmail(auth, dto);
  }

  @Delete('email')
  @ApiOperation({ summary: 'Remove the email sender identity' })
  @ApiOkResponse({ schema: { example: { success: true, data: { channel: 'email', connected: false } } } })
  deleteEmail(@Auth() auth: AuthContext): Promise<{ channel: 'email'; connected: false }> {
    return this.channels.deleteEmail(auth);
  }

  @Get('instagram')
  @ApiOperation({ summary: 'The connected Instagram professional account (never its token)' })
  @ApiOkResponse({ schema: { example: { success: true, data: INSTAGRAM_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No Instagram account connected' })
  getInstagram(@Auth() auth: AuthContext): Promise<ChannelConnectionDto> {
    return this.channels.getConnection(auth, 'instagram');
  }

  @Put('instagram')
  @ApiOperation({
    summary: 'Connect the Instagram professional account',
    description: 'The token is checked with a Graph API call before it is kept, encrypted with ENCRYPTION_KEY; it is never returned. Instagram DMs then go by API inside the window the creator opens by writing.',
  })
  @ApiOkResponse({ schema: { example: { success: true, data: INSTAGRAM_EXAMPLE } } })
  @ApiUnprocessableEntityResponse({ description: 'Instagram refused the token or the account (details name accessToken or igUserId)' })
  @ApiConflictResponse({ description: 'This Instagram account is connected to another store, or the server has no ENCRYPTION_KEY' })
  @ApiBadGatewayResponse({ description: 'Instagram could not be reached (PLATFORM_UNAVAILABLE)' })
  putInstagram(@Auth() auth: AuthContext, @Body() dto: PutInstagramChannelDto): Promise<ChannelConnectionDto> {
    return this.channels.connectInstagram(auth, dto);
  }

  @Delete('instagram')
  @ApiOperation({ summary: 'Disconnect Instagram (its token is deleted)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { channel: 'instagram_dm', connected: false } } } })
  deleteInstagram(@Auth() auth: AuthContext): Promise<{ channel: DmChannel; connected: false }> {
    return this.channels.disconnect(auth, 'instagram');
  }

  @Get('tiktok')
  @ApiOperation({ summary: 'The connected TikTok business account (never its token)' })
  @ApiOkResponse({ schema: { example: { success: true, data: TIKTOK_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No TikTok account connected' })
  getTikTok(@Auth() auth: AuthContext): Promise<ChannelConnectionDto> {
    return this.channels.getConnection(auth, 'tiktok');
  }

  @Put('tiktok')
  @ApiOperation({
    summary: 'Connect the TikTok business account',
    description: 'The token is checked with a TikTok Business API call before it is kept, encrypted; it is never returned. TikTok DMs are reply-only and not available in the EEA, Switzerland or the UK.',
  })
  @ApiOkResponse({ schema: { example: { success: true, data: TIKTOK_EXAMPLE } } })
  @ApiUnprocessableEntityResponse({ description: 'TikTok refused the token or the account (details name accessToken or businessId)' })
  @ApiConflictResponse({ description: 'This TikTok account is connected to another store, or the server has no ENCRYPTION_KEY' })
  @ApiBadGatewayResponse({ description: 'TikTok could not be reached (PLATFORM_UNAVAILABLE)' })
  putTikTok(@Auth() auth: AuthContext, @Body() dto: PutTikTokChannelDto): Promise<ChannelConnectionDto> {
    return this.channels.connectTikTok(auth, dto);
  }

  @Delete('tiktok')
  @ApiOperation({ summary: 'Disconnect TikTok (its token is deleted)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { channel: 'tiktok_dm', connected: false } } } })
  deleteTikTok(@Auth() auth: AuthContext): Promise<{ channel: DmChannel; connected: false }> {
    return this.channels.disconnect(auth, 'tiktok');
  }
}
