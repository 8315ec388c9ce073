import { PLATFORM_NAMES, firstName, formatDay, formatFollowers, formatList, formatRate, type RenderSubject } from './profile';

/**
 * A value the data did not have: it renders as its fallback text, but counts as absent in
 * {{#if}} / {{#unless}}, and is reported as a warning.
 */
export class Fallback {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type RenderValue = string | Fallback;

export interface BaseValues {
  values: Record<string, RenderValue>;
  warnings: string[];
}

const OBJECTIVES = { awareness: 'getting the word out', engagement: 'sparking conversations', conversions: 'driving sales', ugc: 'creating content we can share' } as const;

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** An amount in its currency, the way people write it: "$1,200.00", "€950.00", "CHF 1,000.00". */
export function formatAmount(amount: string, currency = 'USD'): string {
  if (currency === 'USD') return money.format(Number(amount));
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
  }
}

/** "2 Instagram reels and 1 YouTube video". */
export function describeDeliverables(items: { type: string; platform: keyof typeof PLATFORM_NAMES; quantity: number }[]): string {
  return formatList(items.map((d) => `${d.quantity} ${PLATFORM_NAMES[d.platform]} ${d.type}${d.quantity === 1 ? '' : d.type.endsWith('s') ? '' : 's'}`));
}

/**
 * Every non-personalised placeholder's value for one creator, store and campaign, with a fallback
 * (and a warning naming it) where the data is missing. Only the placeholders in `used` are warned about.
 */
export function baseValues(subject: RenderSubject, used: ReadonlySet<string>): BaseValues {
  const { creator: c, store: s, campaign, negotiation: n } = subject;
  const warnings: string[] = [];
  const missing = (name: string, fallback: string, why: string): Fallback => {
    if (used.has(name)) warnings.push(`{{${name}}}: ${why}; it reads “${fallback}”`);
    return new Fallback(fallback);
  };
  const noCampaign = (name: string, fallback: string) => missing(name, fallback, 'no campaign was chosen');
  const displayName = c.displayName?.trim();
  const values: Record<string, RenderValue> = {
    influencer_name: displayName || missing('influencer_name', c.username, 'the creator has no display name, so the username is used'),
    influencer_first_name: displayName ? firstName(c) : missing('influencer_first_name', c.username, 'the creator has no display name, so the username is used'),
    influencer_username: c.username,
    platform: PLATFORM_NAMES[c.platform],
    followers_count: formatFollowers(c.followersCount),
    engagement_rate: formatRate(c.engagementRate),
    niche: c.niche.length ? formatList(c.niche.slice(0, 3)) : missing('niche', 'creative', 'the creator has no niche'),
    store_name: s.name,
    sender_name: s.senderName?.trim() || s.name,
    store_website: s.website || missing('store_website', s.name, 'the store has no website'),
    campaign_name: campaign ? campaign.name : noCampaign('campaign_name', 'our next campaign'),
    campaign_description: campaign?.description?.trim() || (campaign ? missing('campaign_description', campaign.name, 'the campaign has no description') : noCampaign('campaign_description', 'a new campaign')),
    campaign_objective: campaign ? OBJECTIVES[campaign.objective] : noCampaign('campaign_objective', 'a new collaboration'),
    campaign_start_date: campaign?.startDate ? formatDay(campaign.startDate) : missing('campaign_start_date', 'soon', campaign ? 'the campaign has no start date' : 'no campaign was chosen'),
    campaign_end_date: campaign?.endDate ? formatDay(campaign.endDate) : missing('campaign_end_date', 'later this season', campaign ? 'the campaign has no end date' : 'no campaign was chosen'),
    // In a negotiation, the content being priced; else the campaign's.
    deliverables: n?.deliverables.length
      ? describeDeliverables(n.deliverables)
      : campaign?.deliverables.length
        ? describeDeliverables(campaign.deliverables)
        : missing('deliverables', 'a post or two', campaign ? 'the campaign lists no deliverables' : 'no campaign was chosen'),
    offer_amount: subject.offerAmount ? formatAmount(subject.offerAmount, n?.currency) : missing('offer_amount', 'a fee we agree together', 'there is no offer yet'),
    influencer_ask: n?.askAmount ? formatAmount(n.askAmount, n.currency) : missing('influencer_ask', 'your rate', 'the creator has no open offer'),
    rate_card_range: n ? `${formatAmount(n.rateLow)}–${formatAmount(n.rateHigh)}` : missing('rate_card_range', 'our usual range', 'there is no rate card figure outside a negotiation'),
    rate_card_typical: n ? formatAmount(n.rateTypical) : missing('rate_card_typical', 'our usual rate', 'there is no rate card figure outside a negotiation'),
    rate_card_basis: n ? n.rateBasis : missing('rate_card_basis', 'our rate card', 'there is no rate card figure outside a negotiation'),
  };
  return { values, warnings };
}
