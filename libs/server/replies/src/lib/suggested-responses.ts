import { Injectable, Logger } from '@nestjs/common';
import { LlmClient, LlmUnavailable } from '@parley/server-ai';
import { Tenancy } from '@parley/server-core';
import { InfluencerOutreach, OutreachTemplate } from '@parley/server-data';
import { RenderSubjectLoader, TemplateRenderer, type RenderSubject } from '@parley/server-templates';
import type { Channel, ReplyCategory } from '@parley/shared-types';

/** Offline answers per category; `interested` prefers the store's own interested_response template. */
const BUILT_IN: Partial<Record<ReplyCategory, string>> = {
  interested: `Hi {{influencer_first_name}},

That's great to hear, thank you! For {{campaign_name}} we have {{deliverables}} in mind{{#if campaign_start_date}}, between {{campaign_start_date}} and {{campaign_end_date}}{{/if}}. I'll send a short brief; could you tell me your rates and where we should ship the product?

Best,
{{sender_name}}`,
  questions: `Hi {{influencer_first_name}},

Thanks for the questions, happy to explain. {{campaign_name}} is about {{deliverables}}{{#if campaign_start_date}}, between {{campaign_start_date}} and {{campaign_end_date}}{{/if}}. You keep your own voice and format; we share a short brief, not a script, and we agree usage rights and payment in writing before anything goes live.

Tell me what else you'd like to know and I'll answer it.

Best,
{{sender_name}}`,
  rate_negotiation: `Hi {{influencer_first_name}},

Thanks for sending your rates, that helps. Let me check them against our budget for {{campaign_name}} ({{deliverables}}) and I'll come back to you shortly with an offer.

Best,
{{sender_name}}`,
};

/** Categories that need an answer from the team. */
const ANSWERED: ReplyCategory[] = ['interested', 'questions', 'rate_negotiation'];

/**
 * A draft answer to a reply for the team to edit and send: written by the LLM when one is configured
 * (it sees the outreach and the reply), else rendered from the store's template or a built-in one.
 * Declines, auto-replies and spam get none.
 */
@Injectable()
export class SuggestedResponses {
  private readonly logger = new Logger(SuggestedResponses.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly llm: LlmClient,
    private readonly subjects: RenderSubjectLoader,
    private readonly renderer: TemplateRenderer,
  ) {}

  async suggest(storeId: string, outreachId: string, category: ReplyCategory, replyText: string): Promise<string | null> {
    if (!ANSWERED.includes(category)) return null;
    const outreach = await this.tenancy.repo(InfluencerOutreach, storeId).get(outreachId);
    const subject = await this.subjects.load({ storeId }, outreach.influencerId, outreach.campaignId);
    if (this.llm.enabled) {
      try {
        return await this.write(storeId, outreach, subject, category, replyText);
      } catch (error) {
        if (!(error instanceof LlmUnavailable)) throw error;
        this.logger.warn({ reason: error.message }, 'suggested response written offline');
      }
    }
    const body = (category === 'interested' ? await this.storeTemplate(storeId, outreach.channel) : null) ?? BUILT_IN[category]!;
    const rendered = await this.renderer.render({ channel: outreach.channel, subject: null, body }, subject);
    return rendered.body;
  }

  private async storeTemplate(storeId: string, channel: Channel): Promise<string | null> {
    const template = await this.tenancy.repo(OutreachTemplate, storeId).qb('t').andWhere('t.templateType = :type AND t.channel = :channel', { type: 'interested_response', channel }).orderBy('t.createdAt', 'ASC').getOne();
    return template?.body ?? null;
  }

  private async write(storeId: string, outreach: InfluencerOutreach, subject: RenderSubject, category: ReplyCategory, replyText: string): Promise<string> {
    const creator = subject.creator.displayName || subject.creator.username;
    const sender = subject.store.senderName || subject.store.name;
    const answer = await this.llm.complete({
      storeId,
      system:
        'You write short, warm, professional replies from a brand to an influencer who answered a collaboration email. Answer what they said, propose the next step, never invent prices, dates or promises that are not given, and sign with the sender name given. Plain text, no placeholders.',
      user: `Brand: ${subject.store.name}. Sender: ${sender}. Creator: ${creator}.\n\nOur first message:\n${outreach.message.slice(0, 1_500)}\n\nTheir reply (${category.replace('_', ' ')}):\n${replyText.slice(0, 2_000)}`,
      maxTokens: 400,
      schema: { name: 'suggested_response', fields: { response: { description: 'The reply to send, plain text', maxLength: 2_000 } } },
    });
    return answer.response.trim();
  }
}
