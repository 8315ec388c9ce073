import { Module } from '@nestjs/common';
import { AiController } from './ai.controller';
import { AiUsageService } from './ai-usage.service';
import { LlmClient } from './llm-client';

@Module({
  controllers: [AiController],
  providers: [LlmClient, AiUsageService],
  exports: [LlmClient, AiUsageService],
})
export class AiModule {}
