import type { Channel, SpamFinding, SpamReport, TemplateType } from '@parley/shared-types';

/** Phrases that content filters and readers both associate with spam. */
const TRIGGER_PHRASES = [
  'act now', 'buy now', 'click here', 'limited time', 'risk-free', 'risk free', '100% free', 'free money', 'guaranteed', 'no obligation',
  'earn money', 'make money', 'cash bonus', 'winner', 'you have been selected', 'congratulations', 'urgent', 'once in a lifetime',
  'exclusive deal', 'double your', 'no strings attached', 'while supplies last', 'order now', 'special promotion', 'dear friend',
];
const SHORTENERS = /\b(bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly)\//i;
const URL = /\bhttps?:\/\/\S+/gi;

/**
 * A template lint: what makes mail land in spam or read like a mail merge. A score of 0 is clean;
 * 5 or more is likely to be filtered. Placeholders are left in place (they are not spam).
 */
export function lintTemplate(channel: Channel, templateType: TemplateType, subject: string | null, body: string): SpamReport {
  const findings: SpamFinding[] = [];
  const add = (rule: string, points: number, message: string) => findings.push({ rule, points, message });
  const text = `${subject ?? ''}\n${body}`.replace(/\{\{[^}]*\}\}/g, ' ');
  const lower = text.toLowerCase();

  const phrases = TRIGGER_PHRASES.filter((p) => lower.includes(p));
  if (phrases.length) add('trigger-phrases', 1.5 * phrases.length, `Spam-trigger wording: ${phrases.map((p) => `“${p}”`).join(', ')}`);

  const words = text.match(/\b[\p{L}]{4,}\b/gu) ?? [];
  const shouting = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase());
  if (shouting.length >= 2) add('all-caps', 1.5, `Words in capitals read as shouting: ${[...new Set(shouting)].slice(0, 5).join(', ')}`);
  if (subject && subject.length > 8 && subject.replace(/\{\{[^}]*\}\}/g, '') === subject.replace(/\{\{[^}]*\}\}/g, '').toUpperCase() && /\p{L}/u.test(subject)) {
    add('subject-caps', 2, 'The subject is all capitals');
  }

  const bangs = text.match(/!{2,}/g) ?? [];
  if (bangs.length) add('exclamations', 1, 'Repeated exclamation marks (“!!”)');
  else if ((text.match(/!/g) ?? []).length > 3) add('exclamations', 0.5, 'More than three exclamation marks');

  const links = text.match(URL) ?? [];
  if (links.length > 2) add('links', links.length - 2, `${links.length} links: one or two is plenty in a first message`);
  if (links.some((l) => SHORTENERS.test(l))) add('shortener', 2, 'Link shorteners (bit.ly and the like) are a classic spam signal: link to your own domain');

  if (templateType === 'initial_outreach' && subject && /^\s*(re|fwd?)\s*:/i.test(subject)) add('fake-reply', 2, 'A subject starting with “Re:” or “Fwd:” pretends to continue a conversation (deceptive under CAN-SPAM)');
  if (subject && subject.length > 78) add('subject-length', 0.5, 'Subjects over 78 characters are cut off in most inboxes');
  if (/\$\d|€\d|£\d|\d\s?(usd|eur|gbp)\b/i.test(subject ?? '')) add('money-subject', 1, 'An amount in the subject looks like a promotion');

  if (channel === 'email') {
    const length = body.length;
    if (length > 2500) add('length', 1, 'Long first emails get skimmed: aim for under 200 words');
    if (!/[.!?]/.test(body)) add('no-sentences', 0.5, 'The body has no complete sentence');
  }
  const score = Math.round(findings.reduce((sum, f) => sum + f.points, 0) * 10) / 10;
  return { score, findings };
}
