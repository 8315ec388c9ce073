export { AiCache, type CacheKey } from './lib/ai-cache';
export { AiModule } from './lib/ai.module';
export { AiUsageService } from './lib/ai-usage.service';
export { LlmClient, LlmUnavailable, type CompletionRequest, type StringFieldsSchema } from './lib/llm-client';
