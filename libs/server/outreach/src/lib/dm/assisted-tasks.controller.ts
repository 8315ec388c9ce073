import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Auth, PageQueryDto, ParseIdPipe, type AuthContext } from '@parley/server-core';
import type { AssistedTaskDto, DmChannel, ListOf, OutreachDetailDto } from '@parley/shared-types';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { OUTREACH_DETAIL_EXAMPLE } from '../examples';
import { AssistedTasks } from './assisted-tasks';

const outreachId = new ParseIdPipe('Outreach');

export class AssistedTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['instagram_dm', 'tiktok_dm'] })
  @IsOptional()
  @IsIn(['instagram_dm', 'tiktok_dm'], { message: 'channel must be instagram_dm or tiktok_dm' })
  channel?: DmChannel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId?: string;
}

export class MarkSentDto {
  @ApiPropertyOptional({ description: 'The thread message sent by hand; default: the outreach’s oldest one waiting' })
  @IsOptional()
  @IsUUID('all', { message: 'messageId must be a message id (UUID)' })
  messageId?: string;
}

const TASK_EXAMPLE: AssistedTaskDto = {
  messageId: '7d8e9f00-1111-4a2b-9c3d-4e5f60718293',
  outreachId: '3f0c1a52-8d7e-4b8a-9f1e-2c4d5e6f7a81',
  campaignId: '0b6a4b1e-4c1e-4d7a-8a3b-1f2e3d4c5b6a',
  channel: 'instagram_dm',
  kind: 'initial',
  followUpStep: null,
  text: 'Hi Maya! We make trail running shoes at Trailhead and love your routes…',
  deepLink: 'https://ig.me/m/maya.runs',
  reason: 'no_conversation',
  influencer: { id: '5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d', username: 'maya.runs', displayName: 'Maya Rivera', platform: 'instagram' },
  createdAt: '2026-11-29T10:00:00.000Z',
};

/** Registered before OutreachController, whose `:id` route would otherwise take `tasks`. */
@ApiTags('Outreach')
@ApiBearerAuth()
@Controller('influencer/outreach')
export class AssistedTasksController {
  constructor(private readonly tasks: AssistedTasks) {}

  @Get('tasks')
  @ApiOperation({
    summary: 'DMs waiting for a person to send them (assisted sends), oldest first',
    description:
      'Instagram and TikTok never let a business send the first DM, and only answer by API for a while after the creator’s last message (TikTok also caps the messages). Such messages wait here with their text, the reason and a deep link to the conversation; send them by hand, then POST …/:id/mark-sent.',
  })
  @ApiOkResponse({ schema: { example: { success: true, data: { tasks: [TASK_EXAMPLE], pagination: { page: 1, perPage: 20, total: 1, pages: 1 } } } } })
  list(@Auth() auth: AuthContext, @Query() query: AssistedTasksQueryDto): Promise<ListOf<'tasks', AssistedTaskDto>> {
    return this.tasks.list(auth, query);
  }

  @Post(':id/mark-sent')
  @HttpCode(200)
  @ApiOperation({ summary: 'A DM sent by hand: the message (default the oldest waiting) becomes sent; a first message sets sentAt and starts follow-up timing' })
  @ApiOkResponse({ schema: { example: { success: true, data: OUTREACH_DETAIL_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such outreach in this store' })
  @ApiConflictResponse({ description: 'Nothing waiting to be sent by hand on this outreach' })
  markSent(@Auth() auth: AuthContext, @Param('id', outreachId) id: string, @Body() dto: MarkSentDto): Promise<OutreachDetailDto> {
    return this.tasks.markSent(auth, id, dto.messageId);
  }
}
