import { ValidationException } from '@parley/server-core';
import { CHANNEL_LIMITS, type Channel } from '@parley/shared-types';
import { measure } from './renderer';
import { KNOWN_VARIABLES } from './template-variables';
import { scanTemplate } from './template-syntax';

/**
 * What a template must be to be saved: known placeholders only (each unknown one named), valid
 * syntax, a subject for email, and text that is not already over the channel's limit as written.
 * Returns the placeholders it uses.
 */
export function checkTemplate(t: { channel: Channel; subject?: string | null; body: string }): string[] {
  const problems: { field: string; messages: string[] }[] = [];
  const used: string[] = [];
  for (const field of ['subject', 'body'] as const) {
    const text = t[field];
    if (!text) continue;
    const scan = scanTemplate(text);
    const unknown = scan.placeholders.filter((p) => !KNOWN_VARIABLES.has(p));
    const messages = [...scan.errors, ...unknown.map((p) => `unknown placeholder {{${p}}}: see GET /api/influencer/outreach/templates/variables`)];
    if (messages.length) problems.push({ field, messages });
    used.push(...scan.placeholders.filter((p) => KNOWN_VARIABLES.has(p) && !used.includes(p)));
  }
  if (CHANNEL_LIMITS[t.channel].hasSubject && !t.subject?.trim()) problems.push({ field: 'subject', messages: ['subject is required for email templates'] });
  const over = measure(t.body, t.channel).overLimit;
  if (over) problems.push({ field: 'body', messages: [`${over}, before any placeholder is filled`] });
  if (problems.length) {
    const unknown = problems.flatMap((p) => p.messages.filter((m) => m.startsWith('unknown placeholder')).map((m) => m.split(':')[0].replace('unknown placeholder ', '')));
    throw new ValidationException(problems, unknown.length ? `Unknown placeholder${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}` : undefined);
  }
  return used;
}
