import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeliverableDto } from '@parley/server-campaigns';
import { IsMoney } from '@parley/server-core';
import { COMPENSATION_TYPES, OFFER_PARTIES, type CompensationType, type OfferParty } from '@parley/shared-types';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class CreateOfferDto {
  @ApiProperty({ example: '1200.00', description: 'A decimal string' })
  @IsMoney()
  amount!: string;

  @ApiPropertyOptional({ example: 'USD', default: 'USD', description: 'ISO 4217 code' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as USD' })
  currency?: string;

  @ApiProperty({ enum: COMPENSATION_TYPES, example: 'flat_fee' })
  @IsIn(COMPENSATION_TYPES, { message: `compensationType must be one of ${COMPENSATION_TYPES.join(', ')}` })
  compensationType!: CompensationType;

  @ApiProperty({ type: [DeliverableDto], example: [{ type: 'reel', platform: 'instagram', quantity: 1 }] })
  @IsArray({ message: 'deliverables must be a list of {type, platform, quantity}' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DeliverableDto)
  deliverables!: DeliverableDto[];

  @ApiPropertyOptional({ example: 'My usual rate for a reel' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  note?: string;

  @ApiProperty({ enum: OFFER_PARTIES, example: 'influencer', description: 'Who made the offer (an influencer\'s is recorded by the team)' })
  @IsIn(OFFER_PARTIES, { message: `from must be one of ${OFFER_PARTIES.join(', ')}` })
  from!: OfferParty;
}
