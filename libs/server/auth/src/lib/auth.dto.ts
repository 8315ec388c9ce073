import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsTimeZone } from '@parley/server-core';
import { STORE_TONES, type StoreTone } from '@parley/shared-types';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class RegisterDto {
  @ApiProperty({ example: 'maya@trailhead.example.com' })
  @Transform(lower)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'correct-horse-battery', minLength: 10, description: 'At least 10 characters.' })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Trailhead Outfitters' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'storeName must not be empty' })
  @MaxLength(120)
  storeName!: string;
}

export class LoginDto {
  @ApiProperty({ example: 'maya@trailhead.example.com' })
  @Transform(lower)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;

  @ApiProperty({ example: 'correct-horse-battery' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

/** Optional store fields: null clears them. */
export class UpdateStoreDto {
  @ApiPropertyOptional({ example: 'Trailhead Outfitters' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ example: 'hello@trailhead.example.com', nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid email address' })
  email?: string | null;

  @ApiPropertyOptional({ example: 'support@trailhead.example.com', nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'supportEmail must be a valid email address' })
  supportEmail?: string | null;

  @ApiPropertyOptional({ example: 'Trail running shoes made to last.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ example: 'fitness', nullable: true, description: 'The store’s niche, free text.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  niche?: string | null;

  @ApiPropertyOptional({ example: 'https://trailhead.example.com', nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'website must be an http(s) URL' })
  website?: string | null;

  @ApiPropertyOptional({ example: '1 Trail Way, Boulder, CO 80302, USA', nullable: true, description: 'Printed in every email footer (CAN-SPAM).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  postalAddress?: string | null;

  @ApiPropertyOptional({ example: 'Europe/Berlin', description: 'IANA time zone: follow-ups and send windows use it when the creator’s is unknown.' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ example: 'Maya from Trailhead', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  senderName?: string | null;

  @ApiPropertyOptional({ enum: STORE_TONES, example: 'friendly', description: 'The voice the AI writes in.' })
  @IsOptional()
  @IsIn(STORE_TONES, { message: `tone must be one of ${STORE_TONES.join(', ')}` })
  tone?: StoreTone;

  @ApiPropertyOptional({ example: true, description: 'Email the team a daily digest of unread notifications (08:00 in the store’s time zone).' })
  @IsOptional()
  @IsBoolean({ message: 'notificationDigest must be true or false' })
  notificationDigest?: boolean;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Zapier integration' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(100)
  name!: string;
}
