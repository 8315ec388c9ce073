import type { Platform } from '@parley/shared-types';

/** A fixed, varied set of made-up creators so the demo looks like a real list (addresses on example.com). */
const PEOPLE = [
  ['maya.runs', 'Maya Lopez', 'US', 'America/Denver', ['fitness', 'running'], 'Trail runner and coach in Boulder. Ultra finisher, gear nerd.'],
  ['jonas.lifts', 'Jonas Berg', 'DE', 'Europe/Berlin', ['fitness'], 'Strength coach. Honest reviews of home-gym kit.'],
  ['cocina.clara', 'Clara Ruiz', 'ES', 'Europe/Madrid', ['food'], 'Recetas de temporada y mercados de Madrid.'],
  ['techwiththeo', 'Theo Martin', 'FR', 'Europe/Paris', ['tech', 'gaming'], 'Gadgets, setups and the occasional speedrun.'],
  ['ana.viaja', 'Ana Souza', 'BR', 'America/Sao_Paulo', ['travel'], 'Mochilão pela América do Sul com orçamento curto.'],
  ['glowbyjade', 'Jade Kim', 'US', 'America/Los_Angeles', ['beauty', 'fashion'], 'Skincare for sensitive skin, tested for 30 days.'],
  ['dadcooksdinner', 'Sam Okafor', 'GB', 'Europe/London', ['food', 'parenting'], 'Weeknight dinners for a family of five.'],
  ['pixel.paula', 'Paula Rossi', 'IT', 'Europe/Rome', ['gaming'], 'Indie games and cosy streams.'],
  ['trailmix.tom', 'Tom Becker', 'US', 'America/Chicago', ['running', 'travel'], 'Running every national park, one trail at a time.'],
  ['minimal.mia', 'Mia Larsen', 'DK', 'Europe/Copenhagen', ['fashion'], 'Capsule wardrobes and slow fashion.'],
  ['yoga.with.ravi', 'Ravi Patel', 'IN', 'Asia/Kolkata', ['fitness', 'wellness'], 'Yoga for runners and desk workers.'],
  ['bakeitlena', 'Lena Vogel', 'AT', 'Europe/Vienna', ['food'], 'Sourdough, strudel and everything with butter.'],
  ['gearhead.gus', 'Gus Moreno', 'MX', 'America/Mexico_City', ['tech', 'outdoors'], 'Outdoor tech that survives the weekend.'],
  ['momlife.nina', 'Nina Schulz', 'DE', 'Europe/Berlin', ['parenting'], 'Two toddlers, one dog, zero sleep.'],
  ['fitfoodfelix', 'Felix Wagner', 'CH', 'Europe/Zurich', ['fitness', 'food'], 'High-protein meals that taste like cheat days.'],
  ['wander.wen', 'Wen Li', 'SG', 'Asia/Singapore', ['travel', 'food'], 'Street food maps of Southeast Asia.'],
  ['the.style.edit', 'Chloe Dubois', 'FR', 'Europe/Paris', ['fashion', 'beauty'], 'Parisian basics, honestly reviewed.'],
  ['climbing.kai', 'Kai Nakamura', 'JP', 'Asia/Tokyo', ['outdoors', 'fitness'], 'Bouldering, crags and finger-strength science.'],
  ['plantpowerpri', 'Priya Shah', 'GB', 'Europe/London', ['food', 'wellness'], 'Plant-based cooking without the lecture.'],
  ['retro.rico', 'Rico Alves', 'PT', 'Europe/Lisbon', ['gaming', 'tech'], 'Retro consoles restored and played.'],
] as const;

const PLATFORM_CYCLE: Platform[] = ['instagram', 'tiktok', 'youtube', 'instagram'];
const FOLLOWERS = [3_800, 8_900, 14_500, 27_000, 46_000, 72_000, 98_000, 140_000, 310_000, 1_250_000];

export function demoCreators(): Record<string, unknown>[] {
  return PEOPLE.map(([username, displayName, country, timezone, niche, bio], i) => {
    const followersCount = FOLLOWERS[(i * 7) % FOLLOWERS.length];
    const engagementRate = Number((1.2 + ((i * 37) % 55) / 10).toFixed(2));
    const typicalRate = `${Math.round(followersCount / 100 / 5) * 5 + 50}.00`;
    return {
      username,
      displayName,
      platform: PLATFORM_CYCLE[i % PLATFORM_CYCLE.length],
      email: `${username.replace(/\./g, '')}@example.com`,
      followersCount,
      engagementRate,
      niche: [...niche],
      bio,
      typicalRate,
      country,
      language: { US: 'en', GB: 'en', DE: 'de', AT: 'de', CH: 'de', ES: 'es', MX: 'es', FR: 'fr', BR: 'pt', PT: 'pt', IT: 'it', DK: 'da', IN: 'en', SG: 'en', JP: 'ja' }[country],
      timezone,
    };
  });
}
