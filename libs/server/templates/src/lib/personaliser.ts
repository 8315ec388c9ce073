import { Injectable } from '@nestjs/common';
import { AiCache, LlmClient, LlmUnavailable } from '@parley/server-ai';
import { writeBrandAlignment, writeCompliment } from './offline-writer';
import { PLATFORM_NAMES, formatFollowers, formatRate, type RenderSubject } from './profile';

export type PersonalisedSlot = 'ai_compliment' | 'brand_alignment';

export interface WrittenText {
  text: string;
  warnings: string[];
  /** Who wrote it: the offline writer or a language model. */
  source: 'offline' | 'llm';
}

/** Bump when the prompt changes, so cached text from the old prompt is not reused. */
export const SLOTS_PROMPT_VERSION = 'slots-v1';

export const TONES = {
  friendly: 'warm and relaxed, like a person who genuinely likes their work',
  professional: 'courteous and precise, like a brand partnerships manager',
  playful: 'light and witty, but never silly or over the top',
} as const;

const SYSTEM = `You write two short lines for a brand's first message to a social media creator.
Rules:
- Use ONLY the facts given. Never invent posts, videos, numbers, awards, places, products or anything the facts do not say.
- "compliment": one or two sentences (at most 45 words) about the creator's work, specific to their bio, niches and platform. Quote or paraphrase the bio when there is one.
- "brand_alignment": one sentence (at most 40 words) on why the creator and the brand fit, from the creator's niches and the brand's description and campaign.
- Write in the creator's language when it is given, else English. No greetings, sign-offs, emojis, hashtags, exclamation marks or clichés such as "we love your content".
- Plain text only: no quotes around the whole line, no markdown, no placeholders.`;

/** The facts sent to the model: nothing it could not already see on the creator's public profile or our own store. */
export function factsFor(subject: RenderSubject): Record<string, unknown> {
  const { creator: c, store: s, campaign } = subject;
  return {
    creator: {
      username: c.username,
      display_name: c.displayName,
      platform: PLATFORM_NAMES[c.platform],
      followers: formatFollowers(c.followersCount),
      engagement_rate: formatRate(c.engagementRate),
      niches: c.niche,
      bio: c.bio,
      language: c.language,
    },
    brand: { name: s.name, description: s.description, niche: s.niche, tone: TONES[s.tone] },
    campaign: campaign ? { name: campaign.name, description: campaign.description, objective: campaign.objective } : null,
  };
}

/**
 * Fills the personalised placeholders. With a language model configured it writes both in one
 * structured call, cached per creator, store, campaign and prompt version (so a bulk send pays once
 * per creator), and falls back to the offline writer on any failure. Without one, the offline writer.
 */
@Injectable()
export class Personaliser {
  constructor(
    private readonly llm: LlmClient,
    private readonly cache: AiCache,
  ) {}

  async write(slot: PersonalisedSlot, subject: RenderSubject): Promise<WrittenText> {
    if (this.llm.enabled) {
      try {
        const slots = await this.aiSlots(subject);
        return { text: slots[slot], warnings: [], source: 'llm' };
      } catch (error) {
        if (!(error instanceof LlmUnavailable)) throw error;
        return { ...this.offline(slot, subject), warnings: [`{{${slot}}}: the AI writer was unavailable (${error.message}), so the offline writer filled it`] };
      }
    }
    return this.offline(slot, subject);
  }

  private offline(slot: PersonalisedSlot, subject: RenderSubject): WrittenText {
    const text = slot === 'ai_compliment' ? writeCompliment(subject) : writeBrandAlignment(subject);
    const warnings = slot === 'ai_compliment' && !subject.creator.bio ? ['{{ai_compliment}}: the creator has no bio, so the compliment rests on their niche and platform only'] : [];
    return { text, warnings, source: 'offline' };
  }

  private aiSlots(subject: RenderSubject): Promise<Record<PersonalisedSlot, string>> {
    const facts = factsFor(subject);
    const key = { storeId: subject.store.id, kind: 'slots', creatorId: subject.creator.id, promptVersion: SLOTS_PROMPT_VERSION, input: facts };
    return this.cache.getOrCompute(key, async () => {
      const answer = await this.llm.complete({
        storeId: subject.store.id,
        system: SYSTEM,
        user: `Facts (JSON):\n${JSON.stringify(facts, null, 2)}`,
        schema: {
          name: 'personalised_lines',
          fields: {
            compliment: { description: 'One or two sentences about the creator’s work, from the facts only', maxLength: 320 },
            brand_alignment: { description: 'One sentence on why creator and brand fit, from the facts only', maxLength: 280 },
          },
        },
        maxTokens: 300,
      });
      return { ai_compliment: clean(answer.compliment), brand_alignment: clean(answer.brand_alignment) };
    });
  }
}

/** A line fit to drop into a message: no wrapping quotes, no template braces, at least a few words. */
const PAIRS: Record<string, string> = { '"': '"', '“': '”', "'": "'", '`': '`' };

function clean(text: string): string {
  let line = text.replace(/[{}]/g, '').trim();
  // Models sometimes wrap the whole line in quotes; a quote that opens the line mid-way (a quoted bio) stays.
  const close = PAIRS[line[0]];
  if (close && line.endsWith(close) && !line.slice(1, -1).includes(close)) line = line.slice(1, -1).trim();
  if (line.split(/\s+/).length < 4) throw new LlmUnavailable('the answer was too short to use');
  return line;
}
