import { Injectable, Logger } from '@nestjs/common';
import { LlmClient, LlmUnavailable } from '@parley/server-ai';
import { REPLY_CATEGORIES, REPLY_SENTIMENTS, type ReplyCategory, type ReplySentiment } from '@parley/shared-types';
import { OfflineReplyClassifier } from './classifier/offline-reply-classifier';

export interface Categorised {
  category: ReplyCategory;
  sentiment: ReplySentiment;
  confidence: number;
  /** Who decided: the configured LLM, or the classifier shipped in the repo. */
  by: 'llm' | 'offline';
}

/** Below this confidence a person should check the category (it is kept, and flagged in the inbox). */
export const REVIEW_BELOW = 0.6;

const SYSTEM = `You triage replies that influencers (content creators) send to a brand's collaboration email.
Classify the reply's newest text (quoted history is already removed):
- interested: agrees or wants to go ahead (logistics questions like address or size still count)
- questions: asks for details before deciding, without agreeing and without naming money
- declined: not interested, not now, not a fit, asks to stop
- rate_negotiation: names a price or rate, sends a rate card, asks for the budget, counters an offer
- auto_reply: out-of-office, vacation responder, ticket acknowledgement, unmonitored inbox
- spam: unrelated marketing, scams, phishing, anything not from the creator about the collaboration
Sentiment is the tone: positive, neutral or negative. Confidence is your probability (0 to 1) that the category is right.`;

/**
 * Category, sentiment and confidence of a reply's newest text: one structured-output call to the
 * configured LLM, or the offline classifier when none is configured or the call fails.
 */
@Injectable()
export class ReplyCategoriser {
  private readonly logger = new Logger(ReplyCategoriser.name);

  constructor(private readonly llm: LlmClient) {}

  async categorise(storeId: string, text: string): Promise<Categorised> {
    if (this.llm.enabled) {
      try {
        return await this.byLlm(storeId, text);
      } catch (error) {
        if (!(error instanceof LlmUnavailable)) throw error;
        this.logger.warn({ reason: error.message }, 'reply categorised offline: the LLM gave no usable answer');
      }
    }
    return { ...OfflineReplyClassifier.load().classify(text), by: 'offline' };
  }

  private async byLlm(storeId: string, text: string): Promise<Categorised> {
    const answer = await this.llm.complete({
      storeId,
      system: SYSTEM,
      user: text.slice(0, 4_000),
      temperature: 0,
      maxTokens: 60,
      schema: {
        name: 'reply_triage',
        fields: {
          category: { description: `One of: ${REPLY_CATEGORIES.join(', ')}` },
          sentiment: { description: `One of: ${REPLY_SENTIMENTS.join(', ')}` },
          confidence: { description: 'A number from 0 to 1, e.g. 0.85' },
        },
      },
    });
    const category = answer.category.trim().toLowerCase() as ReplyCategory;
    const sentiment = answer.sentiment.trim().toLowerCase() as ReplySentiment;
    const confidence = Number(answer.confidence);
    if (!REPLY_CATEGORIES.includes(category) || !REPLY_SENTIMENTS.includes(sentiment) || !(confidence >= 0 && confidence <= 1)) {
      throw new LlmUnavailable(`answer outside the schema: ${JSON.stringify(answer).slice(0, 200)}`);
    }
    return { category, sentiment, confidence, by: 'llm' };
  }
}
