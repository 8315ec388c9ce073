import { Injectable } from '@nestjs/common';
import { writeBrandAlignment, writeCompliment } from './offline-writer';
import type { RenderSubject } from './profile';

export type PersonalisedSlot = 'ai_compliment' | 'brand_alignment';

export interface WrittenText {
  text: string;
  warnings: string[];
  /** Who wrote it: the offline writer or a language model. */
  source: 'offline' | 'llm';
}

/**
 * Fills the personalised placeholders. Today the offline writer; a configured LLM takes over in
 * front of it, falling back to it on any failure, so a message is never left without these slots.
 */
@Injectable()
export class Personaliser {
  async write(slot: PersonalisedSlot, subject: RenderSubject): Promise<WrittenText> {
    const text = slot === 'ai_compliment' ? writeCompliment(subject) : writeBrandAlignment(subject);
    const warnings = slot === 'ai_compliment' && !subject.creator.bio ? ['{{ai_compliment}}: the creator has no bio, so the compliment rests on their niche and platform only'] : [];
    return { text, warnings, source: 'offline' };
  }
}
