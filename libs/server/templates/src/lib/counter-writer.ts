import { Injectable } from '@nestjs/common';
import { AiCache, LlmClient, LlmUnavailable } from '@parley/server-ai';
import { Tenancy } from '@parley/server-core';
import { OutreachTemplate } from '@parley/server-data';
import type { Channel, CounterWriter as CounterWriterKind } from '@parley/shared-types';
import { DEFAULT_TEMPLATES, isSupersededDefault } from './default-templates';
import { factsFor, TONES } from './personaliser';
import type { NegotiationFacts, RenderSubject } from './profile';
import { describeDeliverables, formatAmount } from './render-values';
import { TemplateRenderer, measure, type RenderableTemplate } from './renderer';

/** Bump when the prompt below changes, so cached text from the old prompt is not reused. */
export const COUNTER_PROMPT_VERSION = 'counter-v1';

/** Words per channel: what a person would send to answer a rate. */
const LENGTH = { email: [70, 160], dm: [25, 70] } as const;

export interface CounterRequest {
  /** The outreach's channel. */
  channel: Channel;
  /** The counter proposed, a decimal string in `negotiation.currency`. */
  amount: string;
  negotiation: NegotiationFacts;
  /** `template` skips the model; otherwise the model writes when one is configured. */
  writer?: 'ai' | 'template';
}

export interface CounterText {
  subject: string | null;
  body: string;
  writer: CounterWriterKind;
  warnings: string[];
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** The amounts a text mentions ("$1,200", "1200.00", "€950" → 1200, 1200, 950). */
function amountsIn(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d{1,2})?/g)].map((m) => Number(m[0].replace(/,/g, ''))).filter((n) => Number.isFinite(n));
}

/** Whether the text names this amount (with or without cents and thousands separators). */
export const mentionsAmount = (text: string, amount: string) => amountsIn(text).some((n) => Math.abs(n - Number(amount)) < 0.005);

/**
 * Writes the brand's counter-offer to a creator's rate. With a language model (unless the template is
 * asked for): one structured call grounded in the profile and the negotiation's figures, refused
 * unless it states the counter and cites the rate card's range, checked for length and the channel's
 * limit, cached per creator and figures. Otherwise, or when the model fails: the store's
 * `negotiation_counter` template for the channel (its own, else the default), through the one renderer.
 */
@Injectable()
export class CounterWriter {
  constructor(
    private readonly llm: LlmClient,
    private readonly renderer: TemplateRenderer,
    private readonly cache: AiCache,
    private readonly tenancy: Tenancy,
  ) {}

  async draft(subject: RenderSubject, req: CounterRequest): Promise<CounterText> {
    const full: RenderSubject = { ...subject, offerAmount: req.amount, negotiation: req.negotiation };
    if (req.writer === 'template') return this.fromTemplate(full, req.channel, 'template', []);
    if (!this.llm.enabled) {
      const why = req.writer === 'ai' ? ['No language model is configured (OPENAI_API_KEY), so the counter was drafted from the store’s template'] : [];
      return this.fromTemplate(full, req.channel, 'offline', why);
    }
    try {
      return { ...(await this.fromLlm(full, req)), writer: 'ai', warnings: [] };
    } catch (error) {
      if (!(error instanceof LlmUnavailable)) throw error;
      return this.fromTemplate(full, req.channel, 'offline', [
        `The AI writer was unavailable (${error.message}), so the counter was drafted from the store’s template`,
      ]);
    }
  }

  /**
   * The store's counter-offer template for the channel: the newest one it wrote itself, else its
   * default row, else Parley's default (also when the default row still holds a text from before the
   * defaults cited the rate card).
   */
  async templateFor(storeId: string, channel: Channel): Promise<RenderableTemplate & { id: string | null }> {
    const rows = await this.tenancy
      .repo(OutreachTemplate, storeId)
      .qb('t')
      .andWhere('t.templateType = :type', { type: 'negotiation_counter' })
      .andWhere('t.channel = :channel', { channel })
      .orderBy('t.isDefault', 'ASC')
      .addOrderBy('t.updatedAt', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
    const own = rows.find((t) => !isSupersededDefault(t));
    if (own) return { id: own.id, channel, subject: own.subject, body: own.body };
    const fallback = DEFAULT_TEMPLATES.find((t) => t.channel === channel && t.templateType === 'negotiation_counter')!;
    return { id: null, channel, subject: fallback.subject, body: fallback.body };
  }

  private async fromTemplate(subject: RenderSubject, channel: Channel, writer: CounterWriterKind, warnings: string[]): Promise<CounterText> {
    const template = await this.templateFor(subject.store.id, channel);
    const rendered = await this.renderer.render(template, subject);
    const n = subject.negotiation!;
    const cites = mentionsAmount(rendered.body, n.rateLow) && mentionsAmount(rendered.body, n.rateHigh);
    return {
      subject: channel === 'email' ? rendered.subject : null,
      body: rendered.body,
      writer,
      warnings: [
        ...warnings,
        ...rendered.warnings,
        ...(cites ? [] : ['The store’s counter-offer template does not cite the rate card’s range: add {{rate_card_range}} to it']),
      ],
    };
  }

  private async fromLlm(subject: RenderSubject, req: CounterRequest): Promise<{ subject: string | null; body: string }> {
    const n = req.negotiation;
    const isEmail = req.channel === 'email';
    const [min, max] = LENGTH[isEmail ? 'email' : 'dm'];
    const facts = {
      ...factsFor(subject),
      negotiation: {
        creator_ask: n.askAmount ? formatAmount(n.askAmount, n.currency) : null,
        our_counter: formatAmount(req.amount, n.currency),
        deliverables: describeDeliverables(n.deliverables),
        rate_card: { low: formatAmount(n.rateLow), typical: formatAmount(n.rateTypical), high: formatAmount(n.rateHigh) },
        rate_card_basis: n.rateBasis,
      },
      sender_name: subject.store.senderName ?? subject.store.name,
    };
    const system =
      `You write a brand's counter-offer to a social media creator who has told the brand their rate, for ${isEmail ? 'email' : `a ${req.channel === 'instagram_dm' ? 'Instagram' : 'TikTok'} direct message`}.
Rules:
- Use ONLY the facts given. Never invent numbers, products, dates, usage terms or anything else the facts do not say.
- Thank the creator for their rate (creator_ask, when given) and offer our_counter, written exactly as given.
- Cite the rate card: give its range from rate_card.low to rate_card.high, written exactly as given, and say in a few words what it rests on (rate_card_basis). Name no other amounts.
- The counter is an offer, not an ultimatum: invite the creator to suggest a different scope if it does not work for them.
- Tone: ${TONES[subject.store.tone]}. Write in the creator's language when it is given, else English.
- No emojis, hashtags, exclamation runs, ALL CAPS, links or placeholders such as [Name] or {{name}}.
- ${isEmail ? 'Sign off with the sender name from the facts.' : 'Plain, short lines; no sign-off block.'}
${isEmail ? '- The subject: under 60 characters, may start with "Re:", and holds no amount.' : ''}`.trim();
    const task = `Write the counter-offer: ${min}–${max} words.`;
    const key = {
      storeId: subject.store.id,
      kind: 'counter',
      creatorId: subject.creator.id,
      promptVersion: COUNTER_PROMPT_VERSION,
      input: [facts, req.channel],
    };
    return this.cache.getOrCompute(key, async () => {
      const answer = await this.llm.complete({
        storeId: subject.store.id,
        system,
        user: `${task}\n\nFacts (JSON):\n${JSON.stringify(facts, null, 2)}`,
        schema: isEmail
          ? { name: 'counter_email', fields: { subject: { description: 'The email subject' }, body: { description: 'The email text' } } }
          : { name: 'counter_dm', fields: { body: { description: 'The message text' } } },
        maxTokens: 600,
      });
      const body = answer.body.replace(/\\n/g, '\n').trim();
      if (/\{\{|\}\}|\[[A-Z][a-z]+\]/.test(body)) throw new LlmUnavailable('the draft contains placeholders');
      if (!mentionsAmount(body, req.amount)) throw new LlmUnavailable('the draft does not state the counter amount');
      if (!mentionsAmount(body, n.rateLow) || !mentionsAmount(body, n.rateHigh)) throw new LlmUnavailable('the draft does not cite the rate card’s range');
      if (words(body) < min * 0.6 || words(body) > max * 1.4) throw new LlmUnavailable(`the draft has ${words(body)} words, outside ${min}–${max}`);
      const over = measure(body, req.channel).overLimit;
      if (over) throw new LlmUnavailable(over);
      const draft = { subject: isEmail ? (answer.subject ?? '').slice(0, 150) : null, body };
      if (isEmail && !draft.subject) throw new LlmUnavailable('the draft has no subject');
      return draft;
    });
  }
}
