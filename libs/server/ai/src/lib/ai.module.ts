import { Module } from '@nestjs/common';
import { AiCache } from './ai-cache';
import { AiController } from './ai.controller';
import { AiUsageService } from './ai-usage.service';
import { LlmClient } from './llm-client';

@Module({
  controllers: [AiController],
  providers: [LlmClient, AiUsageService, AiCache],
  exports: [LlmClient, AiUsageService, AiCache],
})
export class AiModule {}
