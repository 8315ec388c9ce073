import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsMoney, NotBefore, PageQueryDto } from '@parley/server-core';
import {
  CAMPAIGN_OBJECTIVES,
  CAMPAIGN_STATUSES,
  FOLLOW_UP_WRITERS,
  PLATFORMS,
  TIERS,
  WEEKDAYS,
  type FollowUpWriter,
  type CampaignObjective,
  type CampaignStatus,
  type Platform,
  type Tier,
  type Weekday,
} from '@parley/shared-types';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lowerEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value);

export class DeliverableDto {
  @ApiProperty({ example: 'reel', description: 'post, story, reel, video, short, live or your own word' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^[a-z][a-z0-9_ -]{0,39}$/, { message: 'type must be a short word such as post, story, reel or video' })
  type!: string;

  @ApiProperty({ enum: PLATFORMS, example: 'instagram' })
  @IsIn(PLATFORMS, { message: `platform must be one of ${PLATFORMS.join(', ')}` })
  platform!: Platform;

  @ApiProperty({ example: 3, minimum: 1, maximum: 100 })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1)
  @Max(100)
  quantity!: number;
}

export class SendWindowDto {
  @ApiProperty({ example: 9, minimum: 0, maximum: 23, description: 'Local hour the window opens' })
  @IsInt()
  @Min(0)
  @Max(23)
  startHour!: number;

  @ApiProperty({
    example: 17,
    minimum: 0,
    maximum: 23,
    description: 'Local hour the window closes (exclusive); below startHour the window wraps past midnight; never equal to startHour',
  })
  @IsInt()
  @Min(0)
  @Max(23)
  @DiffersFrom('startHour', 'endHour must differ from startHour (an empty window would never send)')
  endHour!: number;

  @ApiProperty({ example: ['mon', 'tue', 'wed', 'thu', 'fri'], enum: WEEKDAYS, isArray: true })
  @IsArray()
  @ArrayNotEmpty({ message: 'days must name at least one day' })
  @IsIn(WEEKDAYS, { each: true, message: `days must be among ${WEEKDAYS.join(', ')}` })
  days!: Weekday[];
}

/** A value that must not equal another field's (a window from 9 to 9 has no hours). */
function DiffersFrom(field: string, message: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'differsFrom',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [field],
      options: { message },
      validator: { validate: (value: unknown, args: ValidationArguments) => value !== (args.object as Record<string, unknown>)[field] },
    });
}

/** Follow-up offsets: whole days, strictly increasing. */
function IsFollowUpSchedule(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFollowUpSchedule',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'followUpDays must be whole days between 1 and 90, in increasing order (e.g. [3, 7, 14])' },
      validator: {
        validate: (value: unknown) => Array.isArray(value) && value.every((d, i) => Number.isInteger(d) && d >= 1 && d <= 90 && (i === 0 || d > value[i - 1])),
      },
    });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A list whose entries are template ids or null (the step's default). */
function IsTemplateIdList(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTemplateIdList',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'followUpTemplateIds must hold template ids (UUIDs) or null' },
      validator: { validate: (value: unknown) => Array.isArray(value) && value.every((v) => v === null || (typeof v === 'string' && UUID.test(v))) },
    });
}

export class CreateCampaignDto {
  @ApiProperty({ example: 'Spring trail launch' })
  @Transform(trim)
  @IsString({ message: 'name must be a string' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Launch of the Ridge 2 trail shoe with runners who race.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ enum: CAMPAIGN_OBJECTIVES, example: 'awareness' })
  @IsIn(CAMPAIGN_OBJECTIVES, { message: `objective must be one of ${CAMPAIGN_OBJECTIVES.join(', ')}` })
  objective!: CampaignObjective;

  @ApiProperty({ example: '5000.00', description: 'Decimal string' })
  @IsMoney({ message: 'budget must be an amount as a decimal string, e.g. "5000.00"' })
  budget!: string;

  @ApiProperty({ type: [DeliverableDto] })
  @IsArray({ message: 'deliverables must be an array' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DeliverableDto)
  deliverables!: DeliverableDto[];

  @ApiPropertyOptional({ enum: TIERS, isArray: true, example: ['micro', 'macro'] })
  @IsOptional()
  @IsArray()
  @IsIn(TIERS, { each: true, message: `targetTiers must be among ${TIERS.join(', ')}` })
  targetTiers?: Tier[];

  @ApiPropertyOptional({ type: [String], example: ['fitness', 'running'] })
  @IsOptional()
  @Transform(lowerEach)
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  targetNiches?: string[];

  @ApiPropertyOptional({ example: 3, description: 'Minimum engagement rate, percent' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'minEngagement must be a number' })
  @Min(0)
  @Max(100)
  minEngagement?: number;

  @ApiPropertyOptional({ example: '500.00', description: 'Highest rate you would pay one creator' })
  @IsOptional()
  @IsMoney({ message: 'maxRate must be an amount as a decimal string, e.g. "500.00"' })
  maxRate?: string;

  @ApiPropertyOptional({ example: '2027-03-01T00:00:00.000Z', description: 'Start of the content period (does not gate outreach)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startDate must be an ISO 8601 date' })
  startDate?: string;

  @ApiPropertyOptional({ example: '2027-04-30T00:00:00.000Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endDate must be an ISO 8601 date' })
  @NotBefore('startDate')
  endDate?: string;

  @ApiPropertyOptional({ example: [3, 7, 14], default: [3, 7, 14], description: 'Follow-up offsets in days from the first send' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsFollowUpSchedule()
  followUpDays?: number[];

  @ApiPropertyOptional({
    type: SendWindowDto,
    description: "Local hours and weekdays (in the creator's time zone, else the store's) when follow-ups and scheduled or bulk sends go",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SendWindowDto)
  sendWindow?: SendWindowDto;

  @ApiPropertyOptional({
    example: ['3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', null, null],
    description:
      "The email template of follow-up i + 1 at index i; null (or no entry): the store's follow_up_N template, or the AI writer (see followUpWriter)",
  })
  @IsOptional()
  @IsArray({ message: 'followUpTemplateIds must be a list of template ids (or null)' })
  @ArrayMaxSize(10)
  @IsTemplateIdList()
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (v === '' ? null : v)) : value))
  followUpTemplateIds?: (string | null)[];

  @ApiPropertyOptional({
    enum: FOLLOW_UP_WRITERS,
    default: 'templates',
    description: "Who writes a follow-up with no template chosen: `templates` (the store's follow_up_N template; AI-written when there is none) or `ai`",
  })
  @IsOptional()
  @IsIn(FOLLOW_UP_WRITERS, { message: `followUpWriter must be one of ${FOLLOW_UP_WRITERS.join(', ')}` })
  followUpWriter?: FollowUpWriter;

  @ApiPropertyOptional({
    example: 7,
    default: 7,
    minimum: 1,
    maximum: 90,
    description: 'Days of quiet after the last follow-up before an outreach becomes no_response',
  })
  @IsOptional()
  @IsInt({ message: 'noResponseAfterDays must be a whole number of days' })
  @Min(1)
  @Max(90)
  noResponseAfterDays?: number;
}

/** Every field of create, optional; null clears a field that is optional on create and is refused for a required one. */
export class UpdateCampaignDto extends PartialType(CreateCampaignDto, { skipNullProperties: false }) {}

export class CampaignListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES, { message: `status must be one of ${CAMPAIGN_STATUSES.join(', ')}` })
  status?: CampaignStatus;
}

export class ChangeStatusDto {
  @ApiProperty({ enum: CAMPAIGN_STATUSES, example: 'active' })
  @IsIn(CAMPAIGN_STATUSES, { message: `status must be one of ${CAMPAIGN_STATUSES.join(', ')}` })
  status!: CampaignStatus;
}

export class AddMembersDto {
  @ApiProperty({ type: [String], example: ['5d1c9a7e-2b3f-4c6d-8e9f-0a1b2c3d4e5f'] })
  @IsArray({ message: 'influencerIds must be an array' })
  @ArrayMinSize(1, { message: 'influencerIds must name at least one influencer' })
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true, message: 'influencerIds must be influencer ids (UUIDs)' })
  influencerIds!: string[];
}

export class MembersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'true: the store’s influencers matching the targeting who are not members yet, best engagement first' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value))
  @IsBoolean({ message: 'suggest must be true or false' })
  suggest?: boolean;
}
