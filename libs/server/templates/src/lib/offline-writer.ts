import { tierOf, type StoreTone } from '@parley/shared-types';
import { PLATFORM_NAMES, bioLead, formatList, formatRate, pick, seedOf, type CampaignProfile, type CreatorProfile, type RenderSubject, type StoreProfile } from './profile';

/**
 * Writes the personalised sentences without a language model, from the profile alone: the creator's
 * own bio (quoted, never paraphrased into claims), niches, platform, audience size and engagement,
 * and the store and campaign. Phrasings are picked by a hash of the creator, so one creator always
 * reads the same and a hundred creators do not read alike.
 */

type Facts = {
  name: string;
  platform: string;
  niche: string;
  bio: string | null;
  /** A word from the bio that says what the creator does ("sourdough", "interval"). */
  topic: string | null;
  audience: string;
  engagement: string | null;
};

const LEADING = /^(the|a|an|your|my|our|their|his|her|its)\s+/i;

/**
 * What the creator makes, in their own words: the last two words of the bio's first clause
 * ("…posting interval plans and recovery tips" → "recovery tips").
 */
function topicOf(lead: string | null): string | null {
  if (!lead) return null;
  const clause = lead.split(/[,;:(—–]/)[0];
  const words = clause.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return null;
  const phrase = words.slice(-2).join(' ').replace(LEADING, '');
  return phrase.length >= 4 ? phrase.toLowerCase() : null;
}

function factsOf(c: CreatorProfile): Facts {
  const niches = c.niche.map((n) => n.toLowerCase());
  const tier = tierOf(c.followersCount);
  const audience = {
    nano: 'a small community that actually talks back',
    micro: 'an audience that trusts your recommendations',
    macro: 'a large audience that still feels personal',
    mega: 'a reach most brands only dream of',
  }[tier];
  return {
    name: c.displayName?.trim().split(/\s+/)[0] || c.username,
    platform: PLATFORM_NAMES[c.platform],
    niche: niches.length ? formatList(niches.slice(0, 3)) : 'creative',
    bio: bioLead(c.bio),
    topic: topicOf(bioLead(c.bio)),
    audience,
    engagement: c.engagementRate >= 3 ? formatRate(c.engagementRate) : null,
  };
}

/** Openers that quote the creator's own description of their work. */
const BIO_OPENERS: Record<StoreTone, ((f: Facts) => string)[]> = {
  friendly: [
    (f) => `“${f.bio}” is such a clear way to describe what you do, and your ${f.platform} lives up to it.`,
    (f) => `I keep coming back to your ${f.platform} because “${f.bio}” is exactly what you deliver.`,
    (f) => `Your bio says “${f.bio}”, and the posts behind it feel honest and useful.`,
    (f) => `“${f.bio}” caught my eye first; the way you follow through on it kept me scrolling.`,
    (f) => `There is real care in how you live up to “${f.bio}” on ${f.platform}.`,
    (f) => `Reading “${f.bio}” and then your latest posts, it is obvious you know your subject.`,
    (f) => `I like that “${f.bio}” is not just a tagline: your ${f.platform} backs it up post after post.`,
    (f) => `You sum yourself up as “${f.bio}”, and that focus shows in everything you share.`,
  ],
  professional: [
    (f) => `Your profile, “${f.bio}”, describes a clear focus that your ${f.platform} content consistently delivers.`,
    (f) => `We were impressed by how consistently your content reflects your positioning: “${f.bio}”.`,
    (f) => `“${f.bio}” is a precise description of your work, and your ${f.platform} demonstrates it well.`,
    (f) => `Your ${f.platform} stands out for following through on its premise: “${f.bio}”.`,
    (f) => `The focus in your bio, “${f.bio}”, is reflected in the quality of what you publish.`,
    (f) => `We noted how your content lives up to your own summary, “${f.bio}”.`,
  ],
  playful: [
    (f) => `“${f.bio}”: honestly, the best bio we have read this week, and your ${f.platform} matches it.`,
    (f) => `Fair warning, we binge-watched your ${f.platform} after reading “${f.bio}”.`,
    (f) => `“${f.bio}” promised a lot, and your posts delivered every bit of it.`,
    (f) => `We came for “${f.bio}” and stayed for pretty much everything else you post.`,
    (f) => `Your bio, “${f.bio}”, had us at hello; your content sealed the deal.`,
    (f) => `“${f.bio}” is the kind of promise we like, and you keep it on ${f.platform}.`,
  ],
};

/** Openers for creators without a bio: their niche and platform are all we know. */
const PLAIN_OPENERS: ((f: Facts) => string)[] = [
  (f) => `Your ${f.niche} posts on ${f.platform} have a voice of their own.`,
  (f) => `The way you cover ${f.niche} on ${f.platform} feels genuinely your own.`,
  (f) => `Your take on ${f.niche} stands out among the ${f.platform} accounts we follow.`,
  (f) => `We have enjoyed how you approach ${f.niche} on ${f.platform}.`,
  (f) => `Your ${f.platform} is one of the few ${f.niche} accounts that feels personal rather than polished for its own sake.`,
  (f) => `You make ${f.niche} content people actually want to watch, which is rarer than it sounds.`,
  (f) => `Your ${f.niche} content has a consistency we rarely see on ${f.platform}.`,
  (f) => `There is a clear point of view in your ${f.niche} posts on ${f.platform}.`,
];

/**
 * Second sentences about the audience. With a topic from the bio, every line names it, so the line
 * is as specific as the creator's own words; only creators without one get the plain lines.
 */
const TOPIC_LINES: ((f: Facts, topic: string) => string)[] = [
  (f, topic) => (f.engagement ? `An engagement rate of ${f.engagement} says your followers care about your posts on ${topic}.` : `Your posts on ${topic} clearly matter to the people who follow you.`),
  (f, topic) => `You have built ${f.audience}, and your posts on ${topic} show why.`,
  (f, topic) => (f.engagement ? `With ${f.engagement} engagement, your posts on ${topic} clearly get read, not just scrolled past.` : `Your posts on ${topic} clearly get read, not just scrolled past.`),
  (_f, topic) => `It is easy to see why people keep coming back for your posts on ${topic}.`,
  (_f, topic) => `Your content on ${topic} in particular feels made for the people who follow you.`,
];

const PLAIN_LINES: ((f: Facts) => string)[] = [
  (f) => `Over time you have built ${f.audience}.`,
  (f) => (f.engagement ? `And at ${f.engagement} engagement, your followers are clearly paying attention.` : `You have ${f.audience}, which says a lot about how you post.`),
  (f) => `You have ${f.audience}, which says a lot about how you post.`,
];

export function writeCompliment(subject: RenderSubject): string {
  const f = factsOf(subject.creator);
  const seed = seedOf(subject.store.id, subject.creator.platform, subject.creator.username.toLowerCase(), 'compliment');
  const opener = f.bio ? pick(BIO_OPENERS[subject.store.tone], seed)(f) : pick(PLAIN_OPENERS, seed)(f);
  const audience = f.topic ? pick(TOPIC_LINES, seed, 1)(f, f.topic) : pick(PLAIN_LINES, seed, 1)(f);
  return `${opener} ${audience}`;
}

const OBJECTIVE_PHRASES: Record<CampaignProfile['objective'], (store: string) => string> = {
  awareness: (store) => `help more people discover ${store}`,
  engagement: (store) => `start real conversations about ${store}`,
  conversions: () => `turn your followers’ interest into first orders`,
  ugc: () => `create content our community will love`,
};

/** What the store is about, from its own words (description, else niche). */
function storeAbout(s: StoreProfile): string | null {
  const lead = bioLead(s.description);
  if (lead) return lead.charAt(0).toLowerCase() + lead.slice(1);
  return s.niche ? `${s.niche} products` : null;
}

const ALIGNMENT_LINES: ((x: { store: string; about: string | null; niche: string; platform: string; campaign: string | null; goal: string | null }) => string)[] = [
  (x) => `${x.store}${x.about ? ` is all about ${x.about}` : ''}, and your ${x.niche} audience is exactly who we hope to reach${x.campaign ? ` with ${x.campaign}` : ''}.`,
  (x) => `Your ${x.niche} focus lines up closely with ${x.store}${x.about ? ` (${x.about})` : ''}${x.goal ? `, and we think you could ${x.goal}` : ''}.`,
  (x) => `People who follow you for ${x.niche} are the people ${x.store} makes things for${x.campaign ? `, which is why we thought of you for ${x.campaign}` : ''}.`,
  (x) => `${x.store}${x.about ? ` (${x.about})` : ''} and your ${x.platform} share an audience${x.goal ? `, and together we could ${x.goal}` : ''}.`,
  (x) => `We think your followers would genuinely like ${x.store}${x.about ? ` (${x.about})` : ''}; it fits the ${x.niche} world you create for.`,
  (x) => `${x.campaign ? `${x.campaign} is` : 'Our next campaign is'} aimed at ${x.niche} fans, and your ${x.platform} is where many of them already are.`,
];

export function writeBrandAlignment(subject: RenderSubject): string {
  const f = factsOf(subject.creator);
  const seed = seedOf(subject.store.id, subject.creator.platform, subject.creator.username.toLowerCase(), 'alignment');
  const campaign = subject.campaign ?? null;
  return pick(ALIGNMENT_LINES, seed)({
    store: subject.store.name,
    about: storeAbout(subject.store),
    niche: f.niche,
    platform: f.platform,
    campaign: campaign?.name ?? null,
    goal: campaign ? OBJECTIVE_PHRASES[campaign.objective](subject.store.name) : null,
  });
}
