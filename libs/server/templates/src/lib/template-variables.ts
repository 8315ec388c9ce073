import type { TemplateVariableDto } from '@parley/shared-types';

/** Every placeholder a template may use. Anything else is refused when a template is saved. */
export const TEMPLATE_VARIABLES: readonly TemplateVariableDto[] = [
  { name: 'influencer_name', group: 'influencer', description: 'The creator’s display name, else their username', example: 'Maya Lopez' },
  { name: 'influencer_first_name', group: 'influencer', description: 'The first word of the display name, else the username', example: 'Maya' },
  { name: 'influencer_username', group: 'influencer', description: 'The handle, without @ (write @{{influencer_username}})', example: 'maya.runs' },
  { name: 'platform', group: 'influencer', description: 'The creator’s platform', example: 'Instagram' },
  { name: 'followers_count', group: 'influencer', description: 'Followers, written the way people say it', example: '48.2K' },
  { name: 'engagement_rate', group: 'influencer', description: 'Engagement rate, with a percent sign', example: '4.2%' },
  { name: 'niche', group: 'influencer', description: 'The creator’s niches, as a phrase', example: 'fitness and running' },
  { name: 'store_name', group: 'store', description: 'Your store’s name', example: 'Trailhead Outfitters' },
  { name: 'sender_name', group: 'store', description: 'Who signs the message: the store’s sender name, else its name', example: 'Maya from Trailhead' },
  { name: 'store_website', group: 'store', description: 'Your website', example: 'https://trailhead.example.com' },
  { name: 'campaign_name', group: 'campaign', description: 'The campaign’s name', example: 'Spring trail launch' },
  { name: 'campaign_description', group: 'campaign', description: 'The campaign’s description', example: 'Launch of the Ridge 2 trail shoe.' },
  { name: 'campaign_objective', group: 'campaign', description: 'What the campaign is for, as a phrase', example: 'getting the word out' },
  { name: 'campaign_start_date', group: 'campaign', description: 'When the content period starts', example: 'March 1, 2027' },
  { name: 'campaign_end_date', group: 'campaign', description: 'When the content period ends', example: 'April 30, 2027' },
  { name: 'deliverables', group: 'campaign', description: 'The content the campaign asks for (in a counter-offer, the content being priced)', example: '2 Instagram reels and 1 YouTube video' },
  { name: 'offer_amount', group: 'negotiation', description: 'The amount of the current offer (in a counter-offer, the counter)', example: '$750.00' },
  { name: 'influencer_ask', group: 'negotiation', description: 'What the creator asked for: their open offer', example: '$1,200.00' },
  { name: 'rate_card_range', group: 'negotiation', description: 'Your rate card’s low to high for the deliverables, for the creator’s tier and engagement', example: '$390.00–$1,560.00' },
  { name: 'rate_card_typical', group: 'negotiation', description: 'Your rate card’s typical figure for the deliverables', example: '$780.00' },
  { name: 'rate_card_basis', group: 'negotiation', description: 'What the rate card figures rest on, as a phrase', example: 'our rates for micro creators with 10K–100K followers, raised 20% for your 3.6% engagement where 2.5% is typical' },
  { name: 'ai_compliment', group: 'personalisation', description: 'One or two specific sentences about the creator’s work, from their profile', example: 'Your interval plans for marathon beginners are refreshingly practical.' },
  { name: 'brand_alignment', group: 'personalisation', description: 'Why the creator and your brand fit, from their niche and your store', example: 'Your audience of trail runners is exactly who our Ridge 2 shoe is built for.' },
];

export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number]['name'];

export const KNOWN_VARIABLES: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES.map((v) => v.name));

/** Placeholders the personaliser writes (they cost an LLM call when one is configured). */
export const PERSONALISED_VARIABLES: ReadonlySet<string> = new Set(['ai_compliment', 'brand_alignment']);
