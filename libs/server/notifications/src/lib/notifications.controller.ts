import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Auth, PageQueryDto, booleanQuery, type AuthContext } from '@parley/server-core';
import type { ListOf, NotificationDto } from '@parley/shared-types';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { NotificationsService } from './notifications.service';

class NotificationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

class MarkReadDto {
  @ApiPropertyOptional({ type: [String], description: 'The notifications to mark read' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'ids must be notification ids' })
  ids?: string[];

  @ApiPropertyOptional({ description: 'Mark the notifications about this outreach read (its thread was opened)' })
  @IsOptional()
  @IsUUID('all', { message: 'outreachId must be an outreach id' })
  outreachId?: string;

  @ApiPropertyOptional({ description: 'Mark every notification of the store read' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

const EXAMPLE: NotificationDto = {
  id: '7d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a',
  type: 'reply.received',
  title: 'Maya Trails replied: interested',
  body: 'Yes, I would love to try the TrailGrip 3! What are the next steps?',
  outreachId: '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f',
  data: { category: 'interested', sentiment: 'positive' },
  readAt: null,
  createdAt: '2026-11-30T09:12:00.000Z',
};

@ApiTags('Notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'The team’s notifications, newest first, with the unread count' })
  @ApiOkResponse({ schema: { example: { success: true, data: { notifications: [EXAMPLE], unread: 1, pagination: { page: 1, perPage: 20, total: 1, pages: 1 } } } } })
  list(@Auth() auth: AuthContext, @Query() query: NotificationListQueryDto): Promise<ListOf<'notifications', NotificationDto> & { unread: number }> {
    return this.notifications.list(auth, query);
  }

  @Patch()
  @ApiOperation({ summary: 'Mark notifications read: `{ids}`, `{outreachId}` or `{all: true}`' })
  @ApiOkResponse({ schema: { example: { success: true, data: { updated: 1 } } } })
  markRead(@Auth() auth: AuthContext, @Body() dto: MarkReadDto): Promise<{ updated: number }> {
    return this.notifications.markRead(auth, dto.all ? 'all' : dto.outreachId ? { outreachId: dto.outreachId } : { ids: dto.ids ?? [] });
  }
}
