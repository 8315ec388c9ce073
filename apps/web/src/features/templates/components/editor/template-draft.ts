import { CHANNEL_LIMITS, type Channel, type TemplateDto, type TemplateInput, type TemplateType } from '@parley/shared-types';
import type { FieldErrors } from '@/lib/forms';
import type { TemplatePatch } from '../../api/update-template';

/** The editor's values as typed. The subject is kept while a DM channel is chosen, so switching back restores it. */
export interface TemplateDraft {
  name: string;
  channel: Channel;
  templateType: TemplateType;
  subject: string;
  body: string;
}

/** The fields the editor has a control for; a 422 on any other is shown above the form. */
export const DRAFT_FIELDS = ['name', 'channel', 'templateType', 'subject', 'body'] as const satisfies readonly (keyof TemplateDraft)[];

export const emptyDraft = (channel: Channel = 'email', templateType: TemplateType = 'initial_outreach'): TemplateDraft => ({
  name: '',
  channel,
  templateType,
  subject: '',
  body: '',
});

export const templateToDraft = (t: TemplateDto): TemplateDraft => ({
  name: t.name,
  channel: t.channel,
  templateType: t.templateType,
  subject: t.subject ?? '',
  body: t.body,
});

export const hasSubject = (channel: Channel): boolean => CHANNEL_LIMITS[channel].hasSubject;

export function validateDraft(d: TemplateDraft): FieldErrors {
  return {
    name: d.name.trim() ? undefined : 'Give the template a name.',
    subject: hasSubject(d.channel) && !d.subject.trim() ? 'Email templates need a subject.' : undefined,
    body: d.body.trim() ? undefined : 'Write the message.',
  };
}

/** The create body. The body is sent as typed, so the count shown is the count the API checks. */
export function toTemplateInput(d: TemplateDraft): TemplateInput {
  return {
    name: d.name.trim(),
    channel: d.channel,
    templateType: d.templateType,
    ...(hasSubject(d.channel) && { subject: d.subject }),
    body: d.body,
  };
}

/** Every field as saved: a DM has no subject (null). */
function toValues(d: TemplateDraft): Required<TemplatePatch> {
  return { ...toTemplateInput(d), subject: hasSubject(d.channel) ? d.subject : null };
}

/** The PATCH body: only what differs from the saved template; moving to a DM channel clears the subject. */
export function toTemplatePatch(d: TemplateDraft, initial: TemplateDraft): TemplatePatch {
  const next = toValues(d);
  const before = toValues(initial);
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => value !== before[key as keyof TemplatePatch])) as TemplatePatch;
}

/** The API points unknown placeholders at its own endpoint; in the editor the variables list is right there. */
export const readableServerMessage = (message: string): string => message.replace(/: see GET \/api\/\S+$/, ': use one from the Variables list');
