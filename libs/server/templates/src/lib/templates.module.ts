import { Module } from '@nestjs/common';
import { AiModule } from '@parley/server-ai';
import { CounterWriter } from './counter-writer';
import { DraftsController } from './drafts.controller';
import { MessageWriter } from './message-writer';
import { Personaliser } from './personaliser';
import { TemplateRenderer } from './renderer';
import { RenderSubjectLoader } from './subject-loader';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

@Module({
  imports: [AiModule],
  controllers: [TemplatesController, DraftsController],
  providers: [TemplatesService, TemplateRenderer, Personaliser, RenderSubjectLoader, MessageWriter, CounterWriter],
  exports: [TemplateRenderer, RenderSubjectLoader, MessageWriter, CounterWriter],
})
export class TemplatesModule {}
