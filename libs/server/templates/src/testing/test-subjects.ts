import { type AiCache, type AiUsageService, LlmClient } from '@parley/server-ai';
import { loadConfig } from '@parley/server-core';
import { Personaliser } from '../lib/personaliser';
import { TemplateRenderer } from '../lib/renderer';
import type { CampaignProfile, CreatorProfile, RenderSubject, StoreProfile } from '../lib/profile';

/** Profiles for unit tests and the render benchmark. */
export const STORE: StoreProfile = {
  id: 'store-1',
  name: 'Trailhead Outfitters',
  senderName: 'Maya from Trailhead',
  website: 'https://trailhead.example.com',
  description: 'Trail running shoes made to last.',
  niche: 'fitness',
  tone: 'friendly',
};

export const CAMPAIGN: CampaignProfile = {
  id: 'campaign-1',
  name: 'Spring trail launch',
  description: 'Launch of the Ridge 2.',
  objective: 'awareness',
  startDate: new Date('2027-03-01T00:00:00Z'),
  endDate: new Date('2027-04-30T00:00:00Z'),
  deliverables: [
    { type: 'reel', platform: 'instagram', quantity: 2 },
    { type: 'video', platform: 'youtube', quantity: 1 },
  ],
};

const NICHES = ['fitness', 'food', 'fashion', 'beauty', 'travel', 'tech', 'gaming', 'parenting'];
const BIOS = [
  'Marathon coach posting interval plans and recovery tips.',
  'Home cook turning farmers-market finds into quick weeknight dinners.',
  'Vintage thrifter styling secondhand finds for everyday outfits.',
  'Skincare nerd reviewing sunscreens for sensitive skin.',
  'Van-lifer documenting national parks and hot springs.',
  'Building keyboards and reviewing budget laptops.',
  'Speedrunner and retro collector. Twitch on weekends.',
  'Dad of three sharing easy crafts and rainy-day games.',
  'Sourdough baker with a soft spot for rye and long fermentation.',
  'Yoga teacher with ten-minute flows for desk workers.',
  'Streetwear photographer covering sneaker drops and city fits.',
  'Surf traveller reviewing boards and beach towns in Portugal.',
];

/** n varied creators: three platforms, eight niches, twelve bios (every 10th without one), some without a display name. */
export function creators(n: number): CreatorProfile[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `creator-${i}`,
    username: `creator_${i}`,
    displayName: i % 7 === 3 ? null : `Creator ${i} Example`,
    platform: (['instagram', 'tiktok', 'youtube'] as const)[i % 3],
    followersCount: [1500, 9000, 25400, 180000, 7_600_000][i % 5] + i,
    engagementRate: Number((0.8 + (i % 60) / 10).toFixed(2)),
    niche: [NICHES[i % 8], NICHES[(i + 3) % 8]],
    bio: i % 10 === 9 ? null : BIOS[i % BIOS.length],
    language: 'en',
  }));
}

export const subjectFor = (creator: CreatorProfile, over: Partial<RenderSubject> = {}): RenderSubject => ({ creator, store: STORE, campaign: CAMPAIGN, ...over });

/** The renderer with no language model configured: the offline writer fills the personalised slots (no I/O). */
export function offlineRenderer(): TemplateRenderer {
  const config = loadConfig({ DATABASE_URL: 'postgres://unused@127.0.0.1/unused', APP_SECRET: 'offline-renderer-for-unit-tests-0000' });
  const noUsage = null as unknown as AiUsageService;
  return new TemplateRenderer(new Personaliser(new LlmClient(config, noUsage), null as unknown as AiCache));
}
