/**
 * Prints example messages for docs/templates.md: the default first email rendered for five varied
 * creators by the offline writer, and by the LLM path against the local OpenAI-compatible test server
 * (its canned answers). Needs the local PostgreSQL and Redis, like the tests.
 *   node -r @swc-node/register tools/template-examples.ts
 */
import 'reflect-metadata';
import { influencerBody } from '../apps/api/test/fixtures';
import { registerStore, startTestApp, type TestApp } from '../apps/api/test/harness';
import { startOpenAiPeer } from '../apps/api/test/peers/openai-peer';

const CREATORS = [
  { username: 'maya.runs', displayName: 'Maya Lopez', platform: 'instagram', followersCount: 48200, engagementRate: 4.2, niche: ['fitness', 'running'], bio: 'Marathon coach posting interval plans and recovery tips.' },
  { username: 'cocina.clara', displayName: 'Clara Ruiz', platform: 'tiktok', followersCount: 8900, engagementRate: 7.8, niche: ['food'], bio: 'Home cook turning farmers-market finds into quick weeknight dinners.' },
  { username: 'gearhead.gus', displayName: 'Gus Moreno', platform: 'youtube', followersCount: 310000, engagementRate: 2.1, niche: ['tech', 'outdoors'], bio: 'Outdoor tech that survives the weekend.' },
  { username: 'minimal.mia', displayName: undefined, platform: 'instagram', followersCount: 27000, engagementRate: 3.4, niche: ['fashion'], bio: undefined },
  { username: 'pixel.paula', displayName: 'Paula Rossi', platform: 'tiktok', followersCount: 1250000, engagementRate: 5.6, niche: ['gaming'], bio: 'Indie games and cosy streams. Speedruns on Sundays.' },
];

async function examples(t: TestApp, title: string): Promise<void> {
  const s = await registerStore(t, 'Trailhead Outfitters');
  await s.auth(t.http.patch('/api/store')).send({ description: 'Trail running shoes made to last.', senderName: 'Sam from Trailhead', niche: 'fitness' }).expect(200);
  const campaign = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send({ name: 'Spring trail launch', objective: 'awareness', budget: '5000.00', deliverables: [{ type: 'reel', platform: 'instagram', quantity: 2 }] }).expect(201)).body.data.id;
  const templates = (await s.auth(t.http.get('/api/influencer/outreach/templates')).query({ channel: 'email', templateType: 'initial_outreach' }).expect(200)).body.data.templates;
  console.log(`\n## ${title}\n`);
  for (const [i, c] of CREATORS.entries()) {
    const id = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('ex', i, c)).expect(201)).body.data.id;
    const p = (await s.auth(t.http.post(`/api/influencer/outreach/templates/${templates[0].id}/preview`)).send({ influencerId: id, campaignId: campaign }).expect(200)).body.data;
    console.log(`### ${i + 1}. @${c.username} (${c.platform}, ${c.bio ? 'with a bio' : 'no bio, no display name'})\n\n**Subject:** ${p.subject}\n\n${p.body.split('\n').map((l: string) => `> ${l}`).join('\n')}\n`);
  }
}

async function main(): Promise<void> {
  const offline = await startTestApp();
  try {
    await examples(offline, 'Offline writer');
  } finally {
    await offline.close();
  }
  const ai = await startOpenAiPeer();
  const llm = await startTestApp({ OPENAI_API_KEY: 'sk-local', OPENAI_BASE_URL: ai.url, OPENAI_MODEL: 'local-test-model' });
  try {
    await examples(llm, 'LLM path (local test server, canned answers)');
  } finally {
    await llm.close();
    await ai.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
