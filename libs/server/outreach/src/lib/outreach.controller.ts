import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, ParseIdPipe, type AuthContext } from '@parley/server-core';
import type { BulkProgressDto, BulkSendResultDto, ListOf, OutreachDetailDto, OutreachDto } from '@parley/shared-types';
import { BULK_EXAMPLE, OUTREACH_DETAIL_EXAMPLE, OUTREACH_EXAMPLE, PROGRESS_EXAMPLE } from './examples';
import { BulkOutreachDto, OutreachListQueryDto, SendOutreachDto } from './outreach.dto';
import { OutreachService } from './outreach.service';

const outreachId = new ParseIdPipe('Outreach');
const bulkId = new ParseIdPipe('Bulk send');

/** Registered after the templates and campaigns controllers, whose fixed paths share this prefix. */
@ApiTags('Outreach')
@ApiBearerAuth()
@Controller('influencer/outreach')
export class OutreachController {
  constructor(private readonly outreach: OutreachService) {}

  @Post('send')
  @ApiOperation({
    summary: 'Send one message (email now; Instagram and TikTok DMs with the DM channels)',
    description:
      'Renders the template (or customMessage) for the influencer now, creates the outreach and queues it: status `queued`, or `scheduled` with a future scheduleFor. A suppressed address answers 409 SUPPRESSED; a paused or completed campaign 409 CAMPAIGN_NOT_SENDING; a rendered DM over the channel limit 422 naming it; no sender identity 409 CHANNEL_NOT_READY.',
  })
  @ApiCreatedResponse({ schema: { example: { success: true, data: OUTREACH_DETAIL_EXAMPLE } } })
  @ApiConflictResponse({ schema: { example: { success: false, error: { code: 'SUPPRESSED', message: 'maya@example.com is suppressed (unsubscribed, bounced, complained or added by hand): nothing is sent to it', details: { email: 'maya@example.com', reason: 'suppressed' } } } } })
  @ApiUnprocessableEntityResponse({ description: 'Invalid fields, each named' })
  send(@Auth() auth: AuthContext, @Body() dto: SendOutreachDto): Promise<OutreachDetailDto> {
    return this.outreach.send(auth, dto);
  }

  @Post('bulk')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send to up to 10,000 influencers of a campaign',
    description:
      'Answers 202 at once with who was queued and who was skipped (reason `suppressed` first, then `not_found`, `no_email`, `dm_not_available`, `already_contacted`, `duplicate`). Rendering and sending happen in the queue; follow progress at GET /bulk/:bulkId or as `bulk.progress` events on GET /api/events.',
  })
  @ApiAcceptedResponse({ schema: { example: { success: true, data: BULK_EXAMPLE } } })
  bulk(@Auth() auth: AuthContext, @Body() dto: BulkOutreachDto): Promise<BulkSendResultDto> {
    return this.outreach.bulk(auth, dto);
  }

  @Get('bulk/:bulkId')
  @ApiOperation({ summary: 'Progress of a bulk send: counts, and `done` once every message has been sent, failed or skipped' })
  @ApiOkResponse({ schema: { example: { success: true, data: PROGRESS_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such bulk send in this store' })
  progress(@Auth() auth: AuthContext, @Param('bulkId', bulkId) id: string): Promise<BulkProgressDto> {
    return this.outreach.bulkProgress(auth.storeId, id);
  }

  @Get('list')
  @ApiOperation({ summary: 'Outreach, newest first (filters: campaignId, influencerId, bulkId, status, channel, replyCategory, q)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { outreach: [OUTREACH_EXAMPLE], pagination: { page: 1, perPage: 20, total: 1, pages: 1 } } } } })
  list(@Auth() auth: AuthContext, @Query() query: OutreachListQueryDto): Promise<ListOf<'outreach', OutreachDto>> {
    return this.outreach.list(auth, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One outreach with its thread: every message out and in, and every event (sent, opened, clicked, bounced, …)' })
  @ApiOkResponse({ schema: { example: { success: true, data: OUTREACH_DETAIL_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such outreach in this store' })
  get(@Auth() auth: AuthContext, @Param('id', outreachId) id: string): Promise<OutreachDetailDto> {
    return this.outreach.get(auth, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a scheduled, queued or ready_to_send outreach; its jobs are removed. 409 once sent' })
  @ApiOkResponse({ schema: { example: { success: true, data: { ...OUTREACH_DETAIL_EXAMPLE, status: 'cancelled' } } } })
  @ApiConflictResponse({ description: 'Already sent (or being sent)' })
  cancel(@Auth() auth: AuthContext, @Param('id', outreachId) id: string): Promise<OutreachDetailDto> {
    return this.outreach.cancel(auth, id);
  }
}
