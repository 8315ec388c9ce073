import type { OutreachTemplate } from '@parley/server-data';
import type { TemplateDto } from '@parley/shared-types';
import { lintTemplate } from './spam-lint';

export const toTemplateDto = (t: OutreachTemplate): TemplateDto => ({
  id: t.id,
  name: t.name,
  channel: t.channel,
  templateType: t.templateType,
  subject: t.subject,
  body: t.body,
  variables: t.variables,
  isDefault: t.isDefault,
  spam: lintTemplate(t.channel, t.templateType, t.subject, t.body),
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});
