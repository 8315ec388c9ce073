import { Module } from '@nestjs/common';
import { AiModule } from '@parley/server-ai';
import { Personaliser } from './personaliser';
import { TemplateRenderer } from './renderer';
import { RenderSubjectLoader } from './subject-loader';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

@Module({
  imports: [AiModule],
  controllers: [TemplatesController],
  providers: [TemplatesService, TemplateRenderer, Personaliser, RenderSubjectLoader],
  exports: [TemplateRenderer, RenderSubjectLoader],
})
export class TemplatesModule {}
