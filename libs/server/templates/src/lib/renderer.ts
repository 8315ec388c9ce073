import { Injectable } from '@nestjs/common';
import { CHANNEL_LIMITS, type Channel, type ChannelLimits } from '@parley/shared-types';
import { escapeHtml } from '@parley/server-core';
import Handlebars from 'handlebars';
import { PERSONALISED_VARIABLES } from './template-variables';
import { scanTemplate } from './template-syntax';
import { Fallback, baseValues, type RenderValue } from './render-values';
import type { RenderSubject } from './profile';
import { Personaliser } from './personaliser';

export interface RenderableTemplate {
  channel: Channel;
  subject: string | null;
  body: string;
}

export interface RenderedMessage {
  subject: string | null;
  /** Plain text: the DM itself, or the text part of an email. */
  body: string;
  /** Email only: the HTML part, built from the text (escaped, links kept). */
  html?: string;
  warnings: string[];
  bytes: number;
  characters: number;
  limit: ChannelLimits;
  /** The limit the text breaks, as a sentence (null when it fits). */
  overLimit: string | null;
}

/** One sandboxed Handlebars: {{#if}} treats a fallback as absent, nothing is HTML-escaped (text is text). */
const hbs = Handlebars.create();
const present = (v: unknown) => !(v instanceof Fallback) && Boolean(v) && String(v).trim() !== '';
hbs.registerHelper('if', function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
  return present(value) ? options.fn(this) : options.inverse(this);
});
hbs.registerHelper('unless', function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
  return present(value) ? options.inverse(this) : options.fn(this);
});

const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: { if: true, unless: true } } as const;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

function compile(text: string): HandlebarsTemplateDelegate {
  let fn = compiled.get(text);
  if (!fn) {
    fn = hbs.compile(text, COMPILE_OPTIONS);
    if (compiled.size > 2000) compiled.clear();
    compiled.set(text, fn);
  }
  return fn;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** The HTML part of an email from its text: every character escaped, URLs as links, paragraphs kept. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) => {
    let html = '';
    let last = 0;
    for (const m of p.matchAll(URL_PATTERN)) {
      html += escapeHtml(p.slice(last, m.index)) + `<a href="${escapeHtml(m[0])}">${escapeHtml(m[0])}</a>`;
      last = m.index! + m[0].length;
    }
    html += escapeHtml(p.slice(last));
    return `<p>${html.replace(/\n/g, '<br>\n')}</p>`;
  });
  return `<!doctype html>\n<html><body style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328">\n${paragraphs.join('\n')}\n</body></html>`;
}

/** Sizes of a text against a channel's limits; the sentence names the limit when it is broken. */
export function measure(text: string, channel: Channel): { bytes: number; characters: number; limit: ChannelLimits; overLimit: string | null } {
  const limit = CHANNEL_LIMITS[channel];
  const bytes = Buffer.byteLength(text, 'utf8');
  const characters = [...text].length;
  let overLimit: string | null = null;
  if (limit.maxBytes !== null && bytes > limit.maxBytes) overLimit = `${channelName(channel)} messages carry at most ${limit.maxBytes} bytes of UTF-8 text; this one has ${bytes}`;
  else if (limit.maxChars !== null && characters > limit.maxChars) overLimit = `${channelName(channel)} messages carry at most ${limit.maxChars} characters; this one has ${characters}`;
  return { bytes, characters, limit, overLimit };
}

export const channelName = (channel: Channel) => ({ email: 'Email', instagram_dm: 'Instagram DM', tiktok_dm: 'TikTok DM' })[channel];

const scans = new Map<string, ReadonlySet<string>>();

/** The placeholders a template uses (parsed once per distinct text: a bulk send renders one template thousands of times). */
function placeholdersOf(template: RenderableTemplate): ReadonlySet<string> {
  const key = `${template.subject ?? ''}\u0000${template.body}`;
  let used = scans.get(key);
  if (!used) {
    used = new Set([...scanTemplate(template.subject ?? '').placeholders, ...scanTemplate(template.body).placeholders]);
    if (scans.size > 2000) scans.clear();
    scans.set(key, used);
  }
  return used;
}

/** Tidies what substitution leaves behind: runs of blank lines, spaces before punctuation, trailing spaces. */
const tidy = (s: string) => s.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/ +([,.;:!?])/g, '$1').trim();

/**
 * The one renderer: previews, first messages, follow-ups and responses all go through `render`, so
 * what a preview shows is what is sent.
 */
@Injectable()
export class TemplateRenderer {
  constructor(private readonly personaliser: Personaliser) {}

  async render(template: RenderableTemplate, subject: RenderSubject): Promise<RenderedMessage> {
    const used = placeholdersOf(template);
    const { values, warnings } = baseValues(subject, used);
    const context: Record<string, RenderValue> = { ...values };
    for (const name of PERSONALISED_VARIABLES) {
      if (!used.has(name)) {
        context[name] = '';
        continue;
      }
      const written = await this.personaliser.write(name as 'ai_compliment' | 'brand_alignment', subject);
      context[name] = written.text;
      warnings.push(...written.warnings);
    }
    const body = tidy(compile(template.body)(context));
    const subjectLine = template.subject ? tidy(compile(template.subject)(context)).replace(/\s+/g, ' ') : null;
    const size = measure(body, template.channel);
    if (size.overLimit) warnings.push(size.overLimit);
    return {
      subject: subjectLine,
      body,
      html: template.channel === 'email' ? textToHtml(body) : undefined,
      warnings,
      ...size,
    };
  }
}
