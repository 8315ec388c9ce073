import type { Channel, TemplateType } from '@parley/shared-types';

export interface DefaultTemplate {
  name: string;
  channel: Channel;
  templateType: TemplateType;
  subject: string | null;
  body: string;
}

/**
 * The templates every new store starts with: one per purpose and channel, written to sound like a
 * person who looked at the creator's work. DMs stay well under Instagram's 1000 bytes once filled.
 */
const EMAIL: Record<TemplateType, { name: string; subject: string; body: string }> = {
  initial_outreach: {
    name: 'First email',
    subject: '{{influencer_first_name}}, an idea for {{campaign_name}}',
    body: `Hi {{influencer_first_name}},

{{ai_compliment}}

I look after creator partnerships at {{store_name}}. {{brand_alignment}}

{{#if campaign_name}}We're planning {{campaign_name}} and would love to work with you on {{deliverables}}, with the details (timing, fee, creative freedom) shaped together.{{else}}We'd love to explore a paid collaboration with you, with the details (timing, fee, creative freedom) shaped together.{{/if}}

Would you be open to a short chat this week? If it's not a fit, a quick "no thanks" is completely fine.

Best,
{{sender_name}}
{{store_name}}`,
  },
  follow_up_1: {
    name: 'Follow-up 1',
    subject: '{{campaign_name}} with {{store_name}}',
    body: `Hi {{influencer_first_name}},

Just bringing my note from a few days ago back to the top of your inbox. We'd still love to have you in {{campaign_name}}; your {{niche}} content is a natural fit.

Happy to send over details or answer questions, whichever is easier.

{{sender_name}}`,
  },
  follow_up_2: {
    name: 'Follow-up 2',
    subject: 'Still thinking of you for {{campaign_name}}',
    body: `Hi {{influencer_first_name}},

I know inboxes get busy, so I'll keep this short: the offer to collaborate on {{campaign_name}} stands, and we're flexible on format and timing.

If now isn't a good moment, just say so and I'll check back another time.

{{sender_name}}
{{store_name}}`,
  },
  follow_up_3: {
    name: 'Follow-up 3 (last)',
    subject: 'Closing the loop on {{campaign_name}}',
    body: `Hi {{influencer_first_name}},

This is my last note about {{campaign_name}}, as I don't want to crowd your inbox. If you'd like to work together now or later, just reply and I'll pick it up.

Thanks for the great {{niche}} content either way.

{{sender_name}}`,
  },
  interested_response: {
    name: 'Reply to an interested creator',
    subject: 'Re: {{campaign_name}}: next steps',
    body: `Hi {{influencer_first_name}},

That's great to hear, thank you! Here's what we have in mind for {{campaign_name}}:

- Content: {{deliverables}}
- Timing: {{campaign_start_date}} to {{campaign_end_date}}
- Creative: your voice and format; we'll share a short brief, not a script

Could you send your rates for this, and anything you need from us (product, sizes, shipping address)? Once we agree, I'll send a simple written agreement.

Best,
{{sender_name}}
{{store_name}}`,
  },
  negotiation_counter: {
    name: 'Counter-offer',
    subject: 'Re: your rate{{#if campaign_name}} for {{campaign_name}}{{/if}}',
    body: `Hi {{influencer_first_name}},

Thank you for sending your rate{{#if influencer_ask}} of {{influencer_ask}}{{/if}} for {{deliverables}}, and for being clear about it.

We price every collaboration from the same rate card, so it stays fair across the creators we work with.{{#if rate_card_range}} For this work it puts the fee at {{rate_card_range}}, typically {{rate_card_typical}}, based on {{rate_card_basis}}.{{/if}}

With that in mind, we can offer {{offer_amount}}{{#if campaign_name}} for {{campaign_name}}{{/if}}. If the scope could change to make it work for you (fewer pieces, usage rights, timing), tell me what would and we'll look at it together.

Best,
{{sender_name}}
{{store_name}}`,
  },
};

const INSTAGRAM: Record<TemplateType, { name: string; body: string }> = {
  initial_outreach: {
    name: 'First DM (Instagram)',
    body: `Hi {{influencer_first_name}}! {{ai_compliment}}

I'm reaching out from {{store_name}}. {{#if campaign_name}}We're putting together {{campaign_name}} and would love to have you in it.{{else}}We'd love to collaborate with you.{{/if}} Open to hearing more?`,
  },
  follow_up_1: {
    name: 'Follow-up 1 (Instagram)',
    body: `Hi {{influencer_first_name}}, just bumping my message about {{campaign_name}} in case it got buried. Happy to share details whenever suits you.`,
  },
  follow_up_2: {
    name: 'Follow-up 2 (Instagram)',
    body: `Hey {{influencer_first_name}}, still keen to work with you on {{campaign_name}}. We're flexible on format and timing. Worth a quick chat?`,
  },
  follow_up_3: {
    name: 'Follow-up 3 (Instagram)',
    body: `Hi {{influencer_first_name}}, last note from me about {{campaign_name}}. If you'd like to team up now or later, just reply here. Thanks for the great content!`,
  },
  interested_response: {
    name: 'Reply to interest (Instagram)',
    body: `Amazing, thank you {{influencer_first_name}}! For {{campaign_name}} we're thinking {{deliverables}}, between {{campaign_start_date}} and {{campaign_end_date}}. What are your rates, and is email easier for the details?`,
  },
  negotiation_counter: {
    name: 'Counter-offer (Instagram)',
    body: `Thanks for your rate{{#if influencer_ask}} of {{influencer_ask}}{{/if}}, {{influencer_first_name}}! {{#if rate_card_range}}Our rate card puts {{deliverables}} at {{rate_card_range}}, based on {{rate_card_basis}}, so we can offer {{offer_amount}}.{{else}}For {{deliverables}} we can offer {{offer_amount}}.{{/if}} If a different scope would make it work for you, tell me and we'll adjust.`,
  },
};

const TIKTOK: Record<TemplateType, { name: string; body: string }> = {
  initial_outreach: {
    name: 'First message (TikTok)',
    body: `Hi {{influencer_first_name}}! {{ai_compliment}}

I'm reaching out from {{store_name}}. {{brand_alignment}} {{#if campaign_name}}Would you like to hear about {{campaign_name}}?{{else}}Would you be open to a collaboration?{{/if}}`,
  },
  follow_up_1: {
    name: 'Follow-up 1 (TikTok)',
    body: `Hi {{influencer_first_name}}, following up on {{campaign_name}} in case my last message slipped by. Happy to send details!`,
  },
  follow_up_2: {
    name: 'Follow-up 2 (TikTok)',
    body: `Hey {{influencer_first_name}}, we'd still love to work with you on {{campaign_name}}, with format and timing up to you. Interested?`,
  },
  follow_up_3: {
    name: 'Follow-up 3 (TikTok)',
    body: `Hi {{influencer_first_name}}, my last nudge about {{campaign_name}}. Reply any time if you'd like to team up. Love your {{niche}} videos!`,
  },
  interested_response: {
    name: 'Reply to interest (TikTok)',
    body: `Great to hear, {{influencer_first_name}}! For {{campaign_name}} we have {{deliverables}} in mind, {{campaign_start_date}} to {{campaign_end_date}}. What are your rates?`,
  },
  negotiation_counter: {
    name: 'Counter-offer (TikTok)',
    body: `Thanks for your rate{{#if influencer_ask}} of {{influencer_ask}}{{/if}}, {{influencer_first_name}}! {{#if rate_card_range}}Our rate card puts {{deliverables}} at {{rate_card_range}}, based on {{rate_card_basis}}, so we can offer {{offer_amount}}.{{else}}For {{deliverables}} we can offer {{offer_amount}}.{{/if}} Open to adjusting the scope if that helps.`,
  },
};

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = (Object.keys(EMAIL) as TemplateType[]).flatMap((type) => [
  { ...EMAIL[type], channel: 'email' as const, templateType: type },
  { ...INSTAGRAM[type], subject: null, channel: 'instagram_dm' as const, templateType: type },
  { ...TIKTOK[type], subject: null, channel: 'tiktok_dm' as const, templateType: type },
]);

/**
 * Counter-offer texts stores were given before the defaults cited the rate card. A store's default
 * row still holding one of them (never edited) is drafted from today's default instead, so every
 * counter cites the card without overriding a text the store wrote itself.
 */
const SUPERSEDED_COUNTER_BODIES: ReadonlySet<string> = new Set([
  `Hi {{influencer_first_name}},

Thanks for sending your rates, and for being clear about them. For {{deliverables}} we can offer {{offer_amount}}, which is what our budget for {{campaign_name}} allows while keeping things fair across the creators we work with.

If the scope can change to make it work for you (fewer pieces, usage rights, timing), tell me what would and we'll look at it together.

Best,
{{sender_name}}`,
  `Thanks for your rates, {{influencer_first_name}}! For {{deliverables}} we can do {{offer_amount}}. If a different scope would make it work for you, tell me and we'll adjust.`,
  `Thanks for the rates, {{influencer_first_name}}! For {{deliverables}} we can offer {{offer_amount}}. Open to adjusting the scope if that helps.`,
]);

export const isSupersededDefault = (t: { templateType: TemplateType; body: string }) =>
  t.templateType === 'negotiation_counter' && SUPERSEDED_COUNTER_BODIES.has(t.body);
