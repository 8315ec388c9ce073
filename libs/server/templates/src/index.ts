export { TemplatesModule } from './lib/templates.module';
export { TemplateRenderer, type RenderedMessage, type RenderableTemplate } from './lib/renderer';
export { RenderSubjectLoader, renderSubjectOf, type RenderedCreator } from './lib/subject-loader';
export { textToHtml } from './lib/renderer';
export type { RenderSubject } from './lib/profile';
export { TEMPLATE_VARIABLES } from './lib/template-variables';
export { checkTemplate } from './lib/template-rules';
export { MessageWriter, type Draft, type DraftRequest } from './lib/message-writer';
