import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsMoney, IsTimeZone, PageQueryDto } from '@parley/server-core';
import { PLATFORMS, TIERS, type Platform, type Tier } from '@parley/shared-types';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** "Instagram" in a spreadsheet means instagram. */
const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
/** "@maya" and "maya" name the same account. */
const username = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/^@/, '') : value);
const niches = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((n) => (typeof n === 'string' ? n.trim().toLowerCase() : n)).filter((n) => n !== '') : value;

/** The fields of an influencer, shared by create, import rows and (all optional) update. */
export class CreateInfluencerDto {
  @ApiProperty({ example: 'maya.runs', description: 'Handle on the platform, without @' })
  @Transform(username)
  @IsString()
  @IsNotEmpty({ message: 'username must not be empty' })
  @MaxLength(100)
  @Matches(/^[^\s]+$/, { message: 'username must not contain spaces' })
  username!: string;

  @ApiProperty({ enum: PLATFORMS, example: 'instagram' })
  @Transform(lowerTrim)
  @IsIn(PLATFORMS, { message: `platform must be one of ${PLATFORMS.join(', ')}` })
  platform!: Platform;

  @ApiPropertyOptional({ example: 'Maya Lopez' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ example: 'maya@example.com' })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email?: string;

  @ApiPropertyOptional({ example: '17841400000000000', description: 'The platform’s own id, as a string (TikTok ids exceed 2^53)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  platformUserId?: string;

  @ApiProperty({ example: 48200, minimum: 0 })
  @IsInt({ message: 'followersCount must be a whole number' })
  @Min(0)
  @Max(2_000_000_000)
  followersCount!: number;

  @ApiProperty({ example: 4.2, description: 'Percent', minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'engagementRate must be a number with at most 2 decimals' })
  @Min(0)
  @Max(100)
  engagementRate!: number;

  @ApiProperty({ example: ['fitness', 'running'], type: [String] })
  @Transform(niches)
  @IsArray({ message: 'niche must be an array of strings' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  niche!: string[];

  @ApiPropertyOptional({ example: 'Trail runner and coach in Boulder.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string;

  @ApiPropertyOptional({ example: '350.00', description: 'Typical rate per post, a decimal string' })
  @IsOptional()
  @IsMoney()
  typicalRate?: string;

  @ApiPropertyOptional({ example: 'US', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as US' })
  country?: string;

  @ApiPropertyOptional({ example: 'en', description: 'BCP 47 language tag' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a language tag such as en or pt-BR' })
  language?: string;

  @ApiPropertyOptional({ example: 'America/Denver' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;
}

/** Every field of create, optional; null clears a field that is optional on create and is refused for a required one. */
export class UpdateInfluencerDto extends PartialType(CreateInfluencerDto, { skipNullProperties: false }) {}

export class InfluencerListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Search in username and display name', example: 'maya' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PLATFORMS })
  @IsOptional()
  @IsIn(PLATFORMS, { message: `platform must be one of ${PLATFORMS.join(', ')}` })
  platform?: Platform;

  @ApiPropertyOptional({ enum: TIERS })
  @IsOptional()
  @IsIn(TIERS, { message: `tier must be one of ${TIERS.join(', ')}` })
  tier?: Tier;

  @ApiPropertyOptional({ example: 'fitness', description: 'Influencers whose niches include this one' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  niche?: string;

  @ApiPropertyOptional({ example: 3.5, description: 'Minimum engagement rate, percent' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'minEngagement must be a number' })
  minEngagement?: number;

  @ApiPropertyOptional({ example: '500.00', description: 'Maximum typical rate (influencers without a rate are left out)' })
  @IsOptional()
  @IsMoney({ message: 'maxRate must be an amount such as 500 or 500.00' })
  maxRate?: string;

  @ApiPropertyOptional({ description: 'Only members of this campaign' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a UUID' })
  campaignId?: string;
}

export class ImportInfluencersJsonDto {
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Influencer objects with the fields of POST /api/influencers' })
  @IsArray({ message: 'influencers must be an array' })
  influencers!: unknown[];
}
