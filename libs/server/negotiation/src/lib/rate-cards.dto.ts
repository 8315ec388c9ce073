import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsMoney } from '@parley/server-core';
import { PLATFORMS, RATE_DELIVERABLE_TYPES, TIERS, type Platform, type RateDeliverableType, type Tier } from '@parley/shared-types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class RateCardRowDto {
  @ApiProperty({ enum: PLATFORMS, example: 'instagram' })
  @IsIn(PLATFORMS, { message: `platform must be one of ${PLATFORMS.join(', ')}` })
  platform!: Platform;

  @ApiProperty({ enum: TIERS, example: 'micro' })
  @IsIn(TIERS, { message: `tier must be one of ${TIERS.join(', ')}` })
  tier!: Tier;

  @ApiProperty({ enum: RATE_DELIVERABLE_TYPES, example: 'reel' })
  @IsIn(RATE_DELIVERABLE_TYPES, { message: `deliverableType must be one of ${RATE_DELIVERABLE_TYPES.join(', ')}` })
  deliverableType!: RateDeliverableType;

  @ApiProperty({ example: '300.00' })
  @IsMoney()
  min!: string;

  @ApiProperty({ example: '650.00' })
  @IsMoney()
  typical!: string;

  @ApiProperty({ example: '1300.00' })
  @IsMoney()
  max!: string;
}

export class UpdateRateCardsDto {
  @ApiProperty({ type: [RateCardRowDto], description: 'The rows to set; the others keep their figures' })
  @IsArray({ message: 'rateCards must be a list' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RateCardRowDto)
  rateCards!: RateCardRowDto[];
}

export class SuggestedRateQueryDto {
  @ApiPropertyOptional({ description: 'JSON list of `{type, platform, quantity}`; default one piece of the creator\'s main format', example: '[{"type":"reel","platform":"instagram","quantity":2}]' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  deliverables?: string;
}
