import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '@parley/server-core';
import type { AiUsageDto } from '@parley/shared-types';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AiUsageService } from './ai-usage.service';
import { LlmClient } from './llm-client';

class UsageQueryDto {
  @ApiPropertyOptional({ default: 30, minimum: 1, maximum: 366 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(366)
  days?: number;
}

@ApiTags('AI')
@ApiBearerAuth()
@Controller('ai')
export class AiController {
  constructor(
    private readonly usage: AiUsageService,
    private readonly llm: LlmClient,
  ) {}

  @Get('usage')
  @ApiOperation({ summary: 'Language-model calls and tokens used by the store, per day and model (the offline writer costs nothing and is not counted)' })
  @ApiOkResponse({
    schema: {
      example: {
        success: true,
        data: {
          enabled: true,
          model: 'gpt-4o-mini',
          days: [{ day: '2026-11-29', model: 'gpt-4o-mini', calls: 120, failures: 1, cacheHits: 380, promptTokens: 54210, completionTokens: 9120 }],
          totals: { calls: 120, failures: 1, cacheHits: 380, promptTokens: 54210, completionTokens: 9120 },
        },
      },
    },
  })
  get(@Auth() auth: AuthContext, @Query() query: UsageQueryDto): Promise<AiUsageDto> {
    return this.usage.summary(auth.storeId, query.days ?? 30, this.llm.enabled, this.llm.enabled ? this.llm.model : null);
  }
}
