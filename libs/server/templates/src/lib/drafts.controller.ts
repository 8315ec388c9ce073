import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '@parley/server-core';
import { CHANNELS, type Channel, type DraftKind } from '@parley/shared-types';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { MessageWriter, type Draft } from './message-writer';
import { RenderSubjectLoader } from './subject-loader';
import { PreviewDto } from './template.dto';

const KINDS: DraftKind[] = ['initial_outreach', 'follow_up', 'response'];

/** Who the draft is for (as for a preview), and what to write. */
export class DraftRequestDto extends PreviewDto {
  @ApiProperty({ enum: CHANNELS, example: 'email' })
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel!: Channel;

  @ApiProperty({ enum: KINDS, example: 'initial_outreach' })
  @IsIn(KINDS, { message: `kind must be one of ${KINDS.join(', ')}` })
  kind!: DraftKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 3, example: 1, description: 'For follow-ups: which one (shorter and more final as it grows)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  followUpNumber?: number;

  @ApiPropertyOptional({ example: 'Sounds fun! What would you need from me, and what is the budget?', description: 'For responses: the creator’s message' })
  @ValidateIf((o: DraftRequestDto) => o.kind === 'response')
  @IsString({ message: 'replyText is required for a response' })
  @MaxLength(10_000)
  replyText?: string;
}

@ApiTags('Templates')
@ApiBearerAuth()
@Controller('influencer/outreach/drafts')
export class DraftsController {
  constructor(
    private readonly writer: MessageWriter,
    private readonly subjects: RenderSubjectLoader,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Draft a whole message for a creator: a first message, a follow-up or a response to their reply',
    description: 'Written by the configured language model from the profile facts only (checked for length and the channel limit, cached per creator), else from the store’s default template for the purpose.',
  })
  @ApiOkResponse({ schema: { example: { success: true, data: { subject: 'Maya, an idea for Spring trail launch', body: 'Hi Maya, …', source: 'llm', warnings: [] } } } })
  async draft(@Auth() auth: AuthContext, @Body() dto: DraftRequestDto): Promise<Draft> {
    const subject = await this.subjects.load(auth, dto.influencerId, dto.campaignId);
    return this.writer.draft(subject, { channel: dto.channel, kind: dto.kind, followUpNumber: dto.followUpNumber, replyText: dto.replyText });
  }
}
