import { Module } from '@nestjs/common';
import { Personaliser } from './personaliser';
import { TemplateRenderer } from './renderer';
import { RenderSubjectLoader } from './subject-loader';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

@Module({
  controllers: [TemplatesController],
  providers: [TemplatesService, TemplateRenderer, Personaliser, RenderSubjectLoader],
  exports: [TemplateRenderer, RenderSubjectLoader],
})
export class TemplatesModule {}
