import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeliverableDto } from '@parley/server-campaigns';
import { IsCurrencyCode, IsMoney } from '@parley/server-core';
import { COMPENSATION_TYPES, OFFER_PARTIES, type CompensationType, type OfferParty } from '@parley/shared-types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class CreateOfferDto {
  @ApiProperty({ example: '1200.00', description: 'A decimal string' })
  @IsMoney()
  amount!: string;

  @ApiPropertyOptional({ example: 'USD', default: 'USD', description: 'ISO 4217 code' })
  @IsOptional()
  @IsCurrencyCode()
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
