import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Auth, PageQueryDto, ParseIdPipe, type AuthContext } from '@parley/server-core';
import { REPLY_CATEGORIES, REPLY_SENTIMENTS, type ListOf, type OutreachDetailDto, type ReplyCategory, type ReplySentiment, type ThreadMessageDto, type UnmatchedEmailDto } from '@parley/shared-types';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { RepliesService, type LoggedReply } from './replies.service';

const outreachId = new ParseIdPipe('Outreach');

class LogReplyDto {
  @ApiProperty({ example: "Sounds great — I'm in! Send me the details and I'll get started." })
  @IsString({ message: 'replyText must be text' })
  @IsNotEmpty({ message: 'replyText must not be empty' })
  @MaxLength(20_000)
  replyText!: string;
}

class RespondDto {
  @ApiProperty({ example: 'Wonderful, thank you! I will send the brief and a pair in your size today.' })
  @IsString({ message: 'message must be text' })
  @IsNotEmpty({ message: 'message must not be empty' })
  @MaxLength(20_000)
  message!: string;

  @ApiPropertyOptional({ description: 'Defaults to "Re: " and the thread’s subject' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  subject?: string;
}

class CorrectCategoryDto {
  @ApiProperty({ enum: REPLY_CATEGORIES })
  @IsIn(REPLY_CATEGORIES, { message: `category must be one of ${REPLY_CATEGORIES.join(', ')}` })
  category!: ReplyCategory;

  @ApiPropertyOptional({ enum: REPLY_SENTIMENTS })
  @IsOptional()
  @IsIn(REPLY_SENTIMENTS, { message: `sentiment must be one of ${REPLY_SENTIMENTS.join(', ')}` })
  sentiment?: ReplySentiment;
}

@ApiTags('Outreach')
@ApiBearerAuth()
@Controller()
export class RepliesController {
  constructor(private readonly replies: RepliesService) {}

  @Post('influencer/outreach/:id/reply')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log a reply received elsewhere: categorised (category, sentiment, confidence), applied to the outreach like an email reply, with a suggested response' })
  @ApiOkResponse({ schema: { example: { success: true, data: { outreach: { id: '…', status: 'interested', replyText: 'Sounds great — I’m in!', replyCategory: 'interested', replySentiment: 'positive' }, category: 'interested', sentiment: 'positive', confidence: 0.93, needsReview: false, suggestedResponse: 'Hi Maya, …' } } } })
  logReply(@Auth() auth: AuthContext, @Param('id', outreachId) id: string, @Body() dto: LogReplyDto): Promise<LoggedReply> {
    return this.replies.logReply(auth, id, dto.replyText);
  }

  @Post('influencer/outreach/:id/respond')
  @ApiOperation({ summary: 'Send the brand’s answer in the same thread and channel (email: In-Reply-To the creator’s latest message, "Re:" subject) → the queued thread message' })
  @ApiConflictResponse({ description: 'SUPPRESSED, or CHANNEL_NOT_READY for DM outreach' })
  respond(@Auth() auth: AuthContext, @Param('id', outreachId) id: string, @Body() dto: RespondDto): Promise<ThreadMessageDto> {
    return this.replies.respond(auth, id, dto);
  }

  @Get('influencer/outreach/:id/suggested-response')
  @ApiOperation({ summary: 'A draft answer to the latest reply, for the team to edit and send (null when the reply needs none)' })
  @ApiOkResponse({ schema: { example: { success: true, data: { category: 'interested', suggestedResponse: 'Hi Maya, …' } } } })
  suggestion(@Auth() auth: AuthContext, @Param('id', outreachId) id: string): Promise<{ category: ReplyCategory | null; suggestedResponse: string | null }> {
    return this.replies.suggestion(auth, id);
  }

  @Patch('influencer/outreach/:id/reply-category')
  @ApiOperation({ summary: 'Correct the reply’s category (and sentiment): the outreach follows, and the correction is kept as training feedback' })
  @ApiConflictResponse({ description: 'The outreach has no reply' })
  correct(@Auth() auth: AuthContext, @Param('id', outreachId) id: string, @Body() dto: CorrectCategoryDto): Promise<OutreachDetailDto> {
    return this.replies.correct(auth, id, dto);
  }

  @Get('inbound/unmatched')
  @ApiOperation({ summary: 'Mail sent to the store’s addresses that matched no outreach, newest first (kept, never dropped)' })
  unmatched(@Auth() auth: AuthContext, @Query() query: PageQueryDto): Promise<ListOf<'emails', UnmatchedEmailDto>> {
    return this.replies.unmatched(auth, query);
  }
}
