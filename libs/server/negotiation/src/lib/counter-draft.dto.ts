import { ApiPropertyOptional } from '@nestjs/swagger';
import { DeliverableDto } from '@parley/server-campaigns';
import { IsCurrencyCode, IsMoney } from '@parley/server-core';
import type { CounterDraftInput } from '@parley/shared-types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';

const WRITERS = ['ai', 'template'] as const;

/** What to draft a counter-offer from; everything is optional. */
export class CounterDraftRequestDto implements CounterDraftInput {
  @ApiPropertyOptional({
    example: '900.00',
    description: "A decimal string. Default: the suggested typical rate, lowered to the campaign's maxRate and to the creator's ask when those are less",
  })
  @IsOptional()
  @IsMoney()
  @Matches(/[1-9]/, { message: 'amount must be more than zero' })
  amount?: string;

  @ApiPropertyOptional({ example: 'USD', description: "ISO 4217 code. Default: the ask's currency, else USD" })
  @IsOptional()
  @IsCurrencyCode()
  currency?: string;

  @ApiPropertyOptional({
    type: [DeliverableDto],
    example: [{ type: 'reel', platform: 'instagram', quantity: 1 }],
    description: "What is priced. Default: the open ask's deliverables, else the campaign's, else one piece of the creator's main format",
  })
  @IsOptional()
  @IsArray({ message: 'deliverables must be a list of {type, platform, quantity}' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DeliverableDto)
  deliverables?: DeliverableDto[];

  @ApiPropertyOptional({
    enum: WRITERS,
    description: '`template` renders the store’s negotiation_counter template; `ai` (the default) has the language model write it when one is configured',
  })
  @IsOptional()
  @IsIn(WRITERS, { message: `writer must be one of ${WRITERS.join(', ')}` })
  writer?: (typeof WRITERS)[number];
}
