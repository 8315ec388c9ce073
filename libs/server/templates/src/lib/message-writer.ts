import { Injectable } from '@nestjs/common';
import { AiCache, LlmClient, LlmUnavailable } from '@parley/server-ai';
import type { Channel, DraftDto, DraftKind, TemplateType } from '@parley/shared-types';
import { DEFAULT_TEMPLATES } from './default-templates';
import { factsFor, TONES } from './personaliser';
import type { RenderSubject } from './profile';
import { TemplateRenderer, measure } from './renderer';

export interface DraftRequest {
  channel: Channel;
  kind: DraftKind;
  /** 1–3, for follow-ups. */
  followUpNumber?: number;
  /** The creator's message, for responses. */
  replyText?: string;
}

export type Draft = DraftDto;

/** Bump when a prompt below changes. */
export const DRAFT_PROMPT_VERSION = 'drafts-v1';

const FOLLOW_UP_STYLE: Record<number, string> = {
  1: 'a gentle, friendly nudge a few days later: two or three sentences, no new pitch',
  2: 'a short second follow-up that adds one useful detail or shows flexibility (format, timing): three or four sentences',
  3: 'a polite last note that closes the loop and leaves the door open: two or three sentences, no pressure',
};

/** Length rules per channel: what a person would actually send. */
const LENGTH = {
  email: { initial_outreach: [150, 200], follow_up: [30, 90], response: [40, 160] },
  dm: { initial_outreach: [40, 90], follow_up: [15, 50], response: [15, 80] },
} as const;

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/**
 * Writes whole messages: a first message, follow-ups (shorter, in a style set by their number) and
 * responses to a creator's reply. With a language model: one structured call (subject + body),
 * grounded only in the profile facts, checked for length and the channel's limit, cached per creator.
 * Without one, or when the model fails: the store's default template for the purpose, rendered by
 * the one renderer (so the offline writer personalises it).
 */
@Injectable()
export class MessageWriter {
  constructor(
    private readonly llm: LlmClient,
    private readonly renderer: TemplateRenderer,
    private readonly cache: AiCache,
  ) {}

  async draft(subject: RenderSubject, req: DraftRequest): Promise<Draft> {
    if (this.llm.enabled) {
      try {
        return { ...(await this.fromLlm(subject, req)), source: 'llm', warnings: [] };
      } catch (error) {
        if (!(error instanceof LlmUnavailable)) throw error;
        const fallback = await this.fromTemplate(subject, req);
        return { ...fallback, warnings: [`The AI writer was unavailable (${error.message}), so the default template was used`, ...fallback.warnings] };
      }
    }
    return this.fromTemplate(subject, req);
  }

  private async fromTemplate(subject: RenderSubject, req: DraftRequest): Promise<Draft> {
    const type: TemplateType =
      req.kind === 'initial_outreach'
        ? 'initial_outreach'
        : req.kind === 'follow_up'
          ? (`follow_up_${clampFollowUp(req.followUpNumber)}` as TemplateType)
          : 'interested_response';
    const template = DEFAULT_TEMPLATES.find((t) => t.channel === req.channel && t.templateType === type)!;
    const rendered = await this.renderer.render(template, subject);
    return { subject: req.channel === 'email' ? rendered.subject : null, body: rendered.body, source: 'template', warnings: rendered.warnings };
  }

  private async fromLlm(subject: RenderSubject, req: DraftRequest): Promise<{ subject: string | null; body: string }> {
    const facts = factsFor(subject);
    const isEmail = req.channel === 'email';
    const [min, max] = LENGTH[isEmail ? 'email' : 'dm'][req.kind];
    const n = clampFollowUp(req.followUpNumber);
    const task =
      req.kind === 'initial_outreach'
        ? `Write the brand's FIRST message to this creator: ${min}–${max} words. Open with something specific about their work from the facts, say who the brand is and why they fit, make one clear ask (a short chat or "would you like details?"), and say a "no thanks" is fine.`
        : req.kind === 'follow_up'
          ? `Write follow-up number ${n} to a first message the creator has not answered: ${FOLLOW_UP_STYLE[n]} (${min}–${max} words).`
          : `Write the brand's answer to the creator's reply below: ${min}–${max} words. Answer what they asked or said, using only the facts; where a fact is unknown (rates, dates not given), say the team will confirm rather than inventing it.\nCreator's reply:\n"""${(req.replyText ?? '').slice(0, 4000)}"""`;
    const system =
      `You write messages from a brand to a social media creator, for ${isEmail ? 'email' : `a ${req.channel === 'instagram_dm' ? 'Instagram' : 'TikTok'} direct message`}.
Rules:
- Use ONLY the facts given. Never invent posts, numbers, products, prices, dates or anything else the facts do not say.
- Tone: ${TONES[subject.store.tone]}. Write in the creator's language when it is given, else English.
- No emojis, hashtags, exclamation runs, ALL CAPS, links or placeholders such as [Name] or {{name}}.
- ${isEmail ? 'Sign off with the sender name from the facts.' : 'Plain, short lines; no sign-off block.'}
${isEmail ? '- The subject: under 60 characters, specific, never "Re:" or "Fwd:" unless it is a response.' : ''}`.trim();
    const key = { storeId: subject.store.id, kind: 'draft', creatorId: subject.creator.id, promptVersion: DRAFT_PROMPT_VERSION, input: [facts, req] };
    return this.cache.getOrCompute(key, async () => {
      const answer = await this.llm.complete({
        storeId: subject.store.id,
        system,
        user: `${task}\n\nFacts (JSON):\n${JSON.stringify({ ...facts, sender_name: subject.store.senderName ?? subject.store.name }, null, 2)}`,
        schema: isEmail
          ? { name: 'email_draft', fields: { subject: { description: 'The email subject' }, body: { description: 'The email text' } } }
          : { name: 'dm_draft', fields: { body: { description: 'The message text' } } },
        maxTokens: 700,
      });
      const body = answer.body.replace(/\\n/g, '\n').trim();
      if (/\{\{|\}\}|\[[A-Z][a-z]+\]/.test(body)) throw new LlmUnavailable('the draft contains placeholders');
      if (words(body) < min * 0.6 || words(body) > max * 1.4) throw new LlmUnavailable(`the draft has ${words(body)} words, outside ${min}–${max}`);
      const over = measure(body, req.channel).overLimit;
      if (over) throw new LlmUnavailable(over);
      const draft = { subject: isEmail ? (answer.subject ?? '').slice(0, 150) : null, body };
      if (isEmail && !draft.subject) throw new LlmUnavailable('the draft has no subject');
      return draft;
    });
  }
}

const clampFollowUp = (n: number | undefined) => Math.min(3, Math.max(1, Math.round(n ?? 1)));
