import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, booleanQuery } from '@parley/server-core';
import {
  CHANNELS,
  OUTREACH_STATUSES,
  REPLY_CATEGORIES,
  REPLY_SENTIMENTS,
  type Channel,
  type OutreachStatus,
  type ReplyCategory,
  type ReplySentiment,
} from '@parley/shared-types';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export const MAX_BULK = 10_000;
const BULK_CHANNELS = ['auto', ...CHANNELS] as const;

export class SendOutreachDto {
  @ApiPropertyOptional({ example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', description: 'The influencer becomes a member of the campaign if not one yet' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId?: string;

  @ApiProperty({ example: '5d1c9a7e-2b3f-4c6d-8e9f-0a1b2c3d4e5f' })
  @IsUUID('all', { message: 'influencerId must be an influencer id (UUID)' })
  influencerId!: string;

  @ApiProperty({ enum: CHANNELS, example: 'email' })
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel!: Channel;

  @ApiPropertyOptional({ description: "A template of any type; without it and without customMessage, the store's default initial_outreach of the channel" })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be a template id (UUID)' })
  templateId?: string;

  @ApiPropertyOptional({ description: 'The message itself instead of a template (placeholders allowed)', example: 'Hi {{influencer_first_name}}, …' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'customMessage must not be empty' })
  @MaxLength(20_000)
  customMessage?: string;

  @ApiPropertyOptional({ description: "Email subject; overrides the template's", example: 'An idea for your spring routes' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'subject must not be empty' })
  @MaxLength(300)
  subject?: string;

  @ApiPropertyOptional({ description: 'Send later (ISO 8601); the outreach is `scheduled` until then', example: '2026-12-01T09:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'scheduleFor must be an ISO 8601 date-time' })
  scheduleFor?: Date;
}

export class BulkOutreachDto {
  @ApiProperty({ example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' })
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId!: string;

  @ApiProperty({ type: [String], description: `1 to ${MAX_BULK} influencer ids` })
  @IsArray({ message: 'influencerIds must be a list of influencer ids' })
  @ArrayMinSize(1, { message: 'influencerIds must name at least one influencer' })
  @ArrayMaxSize(MAX_BULK, { message: `influencerIds may name at most ${MAX_BULK} influencers` })
  @IsUUID('all', { each: true, message: 'influencerIds must hold influencer ids (UUIDs)' })
  influencerIds!: string[];

  @ApiProperty({ example: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
  @IsUUID('all', { message: 'templateId must be a template id (UUID)' })
  templateId!: string;

  @ApiPropertyOptional({
    enum: BULK_CHANNELS,
    description: "Default: the template's channel. `auto`: email where there is an address, else the creator's platform DM",
  })
  @IsOptional()
  @IsIn(BULK_CHANNELS, { message: `channel must be one of ${BULK_CHANNELS.join(', ')}` })
  channel?: Channel | 'auto';

  @ApiPropertyOptional({ example: '2026-12-01T09:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'scheduleFor must be an ISO 8601 date-time' })
  scheduleFor?: Date;
}

export class OutreachListQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'influencerId must be an influencer id (UUID)' })
  influencerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'bulkId must be a bulk id (UUID)' })
  bulkId?: string;

  @ApiPropertyOptional({ enum: OUTREACH_STATUSES })
  @IsOptional()
  @IsIn(OUTREACH_STATUSES, { message: `status must be one of ${OUTREACH_STATUSES.join(', ')}` })
  status?: OutreachStatus;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel?: Channel;

  @ApiPropertyOptional({ enum: REPLY_CATEGORIES })
  @IsOptional()
  @IsIn(REPLY_CATEGORIES, { message: `replyCategory must be one of ${REPLY_CATEGORIES.join(', ')}` })
  replyCategory?: ReplyCategory;

  @ApiPropertyOptional({ enum: REPLY_SENTIMENTS })
  @IsOptional()
  @IsIn(REPLY_SENTIMENTS, { message: `replySentiment must be one of ${REPLY_SENTIMENTS.join(', ')}` })
  replySentiment?: ReplySentiment;

  @ApiPropertyOptional({ description: 'true: only outreach with a reply (the inbox); false: only without' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'replied must be true or false' })
  replied?: boolean;

  @ApiPropertyOptional({ description: 'true: only replies the classifier was unsure about' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'needsReview must be true or false' })
  needsReview?: boolean;

  @ApiPropertyOptional({ enum: ['created', 'last_reply'], default: 'created', description: 'created: newest outreach first; last_reply: newest reply first' })
  @IsOptional()
  @IsIn(['created', 'last_reply'], { message: 'sort must be created or last_reply' })
  sort?: 'created' | 'last_reply';

  @ApiPropertyOptional({ description: "Search the influencer's name, username or email" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class FollowUpNowDto {
  @ApiPropertyOptional({
    description: "The follow-up's text; without it the step's template (or the AI writer) writes it",
    example: 'Hi Maya, just checking this reached you. Happy to send details!',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'message must not be empty' })
  @MaxLength(20_000)
  message?: string;

  @ApiPropertyOptional({ description: 'Subject for a follow-up written by hand; without it: "Re: …" if the creator opened, else a fresh subject line' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'subject must not be empty' })
  @MaxLength(300)
  subject?: string;
}
