import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '@parley/server-core';
import { CHANNELS, type Channel, type DraftKind } from '@parley/shared-types';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { MessageWriter, type Draft } from './message-writer';
import { RenderSubjectLoader } from './subject-loader';

const KINDS: DraftKind[] = ['initial_outreach', 'follow_up', 'response'];

export class DraftRequestDto {
  @ApiProperty({ example: '5d1c9a7e-2b3f-4c6d-8e9f-0a1b2c3d4e5f' })
  @IsUUID('all', { message: 'influencerId must be an influencer id (UUID)' })
  influencerId!: string;

  @ApiPropertyOptional({ example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId?: string;

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
