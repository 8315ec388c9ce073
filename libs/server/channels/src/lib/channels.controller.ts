import { Body, Controller, Delete, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '@parley/server-core';
import { CHANNELS, CHANNEL_CAPABILITIES, type ChannelStatusDto, type EmailChannelDto } from '@parley/shared-types';
import { PutEmailChannelDto } from './email-channel.dto';
import { ChannelsService } from './channels.service';

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
  @ApiOkResponse({ schema: { example: { success: true, data: { channels: CHANNELS.map((channel) => ({ channel, connected: channel === 'email', ...CHANNEL_CAPABILITIES[channel] })) } } } })
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
}
