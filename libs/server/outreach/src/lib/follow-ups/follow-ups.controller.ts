import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, ParseIdPipe, type AuthContext } from '@parley/server-core';
import type { FollowUpResultDto, OutreachDetailDto } from '@parley/shared-types';
import { OUTREACH_DETAIL_EXAMPLE } from '../examples';
import { FollowUpNowDto } from '../outreach.dto';
import { OutreachService } from '../outreach.service';
import { FollowUpsService } from './follow-ups.service';

const outreachId = new ParseIdPipe('Outreach');

@ApiTags('Outreach')
@ApiBearerAuth()
@Controller('influencer/outreach')
export class FollowUpsController {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly outreach: OutreachService,
  ) {}

  @Post(':id/follow-up')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send the next follow-up now (it counts as its step; the one after keeps its offset from the first send)',
    description:
      'Answers `{sent: true, messageId, step}` when the follow-up was queued, or `{sent: false, reason}`: `replied` (the creator answered), `paused` (this outreach or its campaign), `finished` (every follow-up sent, or the outreach or campaign ended), `suppressed` (unsubscribed, complained or suppressed), `bounced`, `not_sent` (the first message has not gone yet). In the same thread (In-Reply-To and References); the subject is "Re: …" when the creator opened or clicked, else a different one.',
  })
  @ApiOkResponse({
    schema: {
      examples: {
        sent: { value: { success: true, data: { sent: true, messageId: '0b9e3c1a-6a43-4b8e-9f51-2d7c4e8a1b20', step: 1 } } },
        refused: { value: { success: true, data: { sent: false, reason: 'replied' } } },
      },
    },
  })
  sendNow(@Auth() auth: AuthContext, @Param('id', outreachId) id: string, @Body() dto: FollowUpNowDto): Promise<FollowUpResultDto> {
    return this.followUps.sendNow(auth, id, dto);
  }

  @Post(':id/follow-ups/pause')
  @HttpCode(200)
  @ApiOperation({ summary: "Stop this outreach's follow-ups: the planned one is cleared (nextFollowUpAt null) and its job removed" })
  @ApiOkResponse({ schema: { example: { success: true, data: { ...OUTREACH_DETAIL_EXAMPLE, followUpsPaused: true, nextFollowUpAt: null } } } })
  @ApiNotFoundResponse({ description: 'No such outreach in this store' })
  async pause(@Auth() auth: AuthContext, @Param('id', outreachId) id: string): Promise<OutreachDetailDto> {
    await this.followUps.pause(auth, id);
    return this.outreach.get(auth, id);
  }

  @Post(':id/follow-ups/resume')
  @HttpCode(200)
  @ApiOperation({ summary: "Plan this outreach's follow-ups again (from the first send, as before the pause)" })
  @ApiOkResponse({ schema: { example: { success: true, data: OUTREACH_DETAIL_EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'No such outreach in this store' })
  async resume(@Auth() auth: AuthContext, @Param('id', outreachId) id: string): Promise<OutreachDetailDto> {
    await this.followUps.resume(auth, id);
    return this.outreach.get(auth, id);
  }
}
