import { CHANNELS, TEMPLATE_TYPES, type Channel, type TemplateType, type TemplateVariableDto } from '@parley/shared-types';

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  instagram_dm: 'Instagram DM',
  tiktok_dm: 'TikTok DM',
};

/** The service behind each channel, as sentences name it ("Instagram refused the token…"). */
export const SERVICE_NAMES: Record<Channel, string> = { email: 'Email', instagram_dm: 'Instagram', tiktok_dm: 'TikTok' };

export const TEMPLATE_TYPE_LABELS: Record<TemplateType, { label: string; description: string }> = {
  initial_outreach: { label: 'Initial outreach', description: 'The first message to a creator.' },
  follow_up_1: { label: 'Follow-up 1', description: 'Sent when the first message has no reply.' },
  follow_up_2: { label: 'Follow-up 2', description: 'The second nudge.' },
  follow_up_3: { label: 'Follow-up 3', description: 'The last follow-up, closing the loop.' },
  interested_response: { label: 'Interested response', description: 'The reply to a creator who said yes.' },
  negotiation_counter: { label: 'Negotiation counter', description: 'A counter-offer when rates are discussed.' },
};

export const VARIABLE_GROUP_LABELS: Record<TemplateVariableDto['group'], string> = {
  influencer: 'Creator',
  store: 'Your store',
  campaign: 'Campaign',
  personalisation: 'Personalised',
  negotiation: 'Negotiation',
};

export const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);
export const isTemplateType = (value: string): value is TemplateType => (TEMPLATE_TYPES as readonly string[]).includes(value);

/** The spam lint's reading: 0 is clean, 5 or more is likely to be filtered. */
export const SPAM_RISKY = 5;
