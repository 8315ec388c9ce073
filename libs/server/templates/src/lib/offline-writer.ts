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

const STOP = new Set(
  'a an and are at be by for from i in is it me my of on or our the to with you your we who this that just about into over more most every all very weekly daily sharing posting making love lover'.split(' '),
);

function topicOf(bio: string | null, niches: string[]): string | null {
  if (!bio) return null;
  const words = bio.toLowerCase().match(/\p{L}[\p{L}'-]{3,}/gu) ?? [];
  const candidates = words.filter((w) => !STOP.has(w) && !niches.includes(w));
  return candidates.sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? null;
}

function factsOf(c: CreatorProfile): Facts {
  const niches = c.niche.map((n) => n.toLowerCase());
  const tier = tierOf(c.followersCount);
  const audience = {
    nano: 'a small community that actually talks back',
    micro: 'an audience that clearly trusts your recommendations',
    macro: 'a large audience that still feels personal',
    mega: 'a reach most brands only dream of',
  }[tier];
  return {
    name: c.displayName?.trim().split(/\s+/)[0] || c.username,
    platform: PLATFORM_NAMES[c.platform],
    niche: niches.length ? formatList(niches.slice(0, 3)) : 'creative',
    bio: bioLead(c.bio),
    topic: topicOf(c.bio, niches),
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

/** Second sentences about the audience; the bio's topic word keeps them specific to the creator. */
const AUDIENCE_LINES: ((f: Facts) => string | null)[] = [
  (f) => (f.engagement ? `An engagement rate of ${f.engagement} says your followers care about what you post${f.topic ? `, ${f.topic} included` : ''}.` : null),
  (f) => (f.topic ? `You have built ${f.audience}, and the ${f.topic} posts show why.` : `You have built ${f.audience}.`),
  (f) => (f.engagement ? `With ${f.engagement} engagement, people clearly stop and read${f.topic ? ` when ${f.topic} comes up` : ''}.` : null),
  (f) => (f.topic ? `It is easy to see how ${f.topic} became something your followers look forward to.` : null),
  (f) => `It is clear you have ${f.audience}.`,
  (f) => (f.topic ? `Your ${f.topic} content in particular feels like it was made for the people who follow you.` : null),
];

export function writeCompliment(subject: RenderSubject): string {
  const f = factsOf(subject.creator);
  const seed = seedOf(subject.store.id, subject.creator.platform, subject.creator.username.toLowerCase(), 'compliment');
  const opener = f.bio ? pick(BIO_OPENERS[subject.store.tone], seed)(f) : pick(PLAIN_OPENERS, seed)(f);
  const audience = [0, 1, 2, 3, 4, 5].map((i) => pick(AUDIENCE_LINES, seed, i + 1)(f)).find((line): line is string => Boolean(line));
  return audience ? `${opener} ${audience}` : opener;
}

const OBJECTIVE_PHRASES: Record<CampaignProfile['objective'], string> = {
  awareness: 'introduce us to new people',
  engagement: 'start real conversations',
  conversions: 'turn interest into first orders',
  ugc: 'create content we can share with our community',
};

/** What the store is about, from its own words (description, else niche). */
function storeAbout(s: StoreProfile): string | null {
  const lead = bioLead(s.description);
  if (lead) return lead.charAt(0).toLowerCase() + lead.slice(1);
  return s.niche ? `${s.niche} products` : null;
}

const ALIGNMENT_LINES: ((x: { store: string; about: string | null; niche: string; platform: string; campaign: string | null; goal: string | null }) => string)[] = [
  (x) => `${x.store}${x.about ? ` is all about ${x.about}` : ''}, and your ${x.niche} audience is exactly who we hope to reach${x.campaign ? ` with ${x.campaign}` : ''}.`,
  (x) => `Your ${x.niche} focus lines up closely with ${x.store}${x.about ? ` (${x.about})` : ''}${x.goal ? `, and we think you could help us ${x.goal}` : ''}.`,
  (x) => `People who follow you for ${x.niche} are the people ${x.store} makes things for${x.campaign ? `, which is why we thought of you for ${x.campaign}` : ''}.`,
  (x) => `${x.store}${x.about ? ` (${x.about})` : ''} and your ${x.platform} share an audience${x.goal ? `, and together we could ${x.goal}` : ''}.`,
  (x) => `We think your followers would genuinely like ${x.store}${x.about ? `: ${x.about}` : ''}, because it fits the ${x.niche} world you write about.`,
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
    goal: campaign ? OBJECTIVE_PHRASES[campaign.objective] : null,
  });
}
