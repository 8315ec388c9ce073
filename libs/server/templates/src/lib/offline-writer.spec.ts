import { writeBrandAlignment, writeCompliment } from './offline-writer';
import { creators, STORE, subjectFor } from '../testing/test-subjects';

const sentences = (s: string) => s.split(/(?<=[.!?…])\s+(?=\S)/).filter((x) => x.split(/\s+/).length >= 4);
/** Names, handles, numbers and niche words masked, as a reader comparing messages would discount them. */
const mask = (s: string, username: string) =>
  s
    .replace(new RegExp(username, 'g'), '‹handle›')
    .replace(/\d[\d.,]*\s?[KMk%]?/g, '‹n›')
    .replace(/\b(fitness|food|fashion|beauty|travel|tech|gaming|parenting|Instagram|TikTok|YouTube)\b/g, '‹niche›');

describe('offline writer', () => {
  const subjects = creators(100).map((c) => subjectFor(c));

  it('writes the same text for the same creator every time', () => {
    expect(writeCompliment(subjects[5])).toBe(writeCompliment(subjects[5]));
    expect(writeBrandAlignment(subjects[5])).toBe(writeBrandAlignment(subjects[5]));
  });

  it('shares no compliment sentence among more than 10 of 100 creators, whatever their handles', () => {
    // The phrasing is picked by a hash of store and handle, so check many sets of handles, not one.
    for (let run = 0; run < 40; run++) {
      const counts = new Map<string, number>();
      for (const s of subjects) {
        const subject = { ...s, creator: { ...s.creator, username: `run${run}_${s.creator.username}` }, store: { ...s.store, id: `store-${run}` } };
        for (const sentence of new Set(sentences(writeCompliment(subject)).map((x) => mask(x, subject.creator.username)))) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
      }
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(10);
    }
  });

  it('names the topic the bio ends on in the audience sentence, so no generic line is shared across creators', () => {
    for (const s of subjects.filter((x) => x.creator.bio)) {
      const lead = s.creator.bio!.split(/(?<=[.!?])\s/)[0].replace(/[.!?]+$/, '').split(/[,;:(]/)[0];
      const topic = lead.split(/\s+/).slice(-2).join(' ').toLowerCase();
      const audience = sentences(writeCompliment(s)).at(-1)!;
      expect(audience.toLowerCase()).toContain(topic);
    }
  });

  it('grounds every compliment in the profile: the bio quoted verbatim, else the niche and platform', () => {
    for (const s of subjects) {
      const text = writeCompliment(s);
      expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(8);
      if (s.creator.bio) expect(text).toContain(s.creator.bio.replace(/[.!?]+$/, '').split(/(?<=[.!?])\s/)[0].replace(/[.!?]+$/, ''));
      else expect(text).toMatch(new RegExp(s.creator.niche[0]));
    }
  });

  it('writes brand alignment from the store, the campaign and the creator’s niche', () => {
    const text = writeBrandAlignment(subjects[0]);
    expect(text).toMatch(/Trailhead Outfitters|Spring trail launch/);
    expect(writeBrandAlignment({ ...subjects[1], store: { ...STORE, description: null, niche: null }, campaign: null })).not.toMatch(/undefined|null/);
  });

  it('changes wording with the store’s tone', () => {
    const professional = writeCompliment({ ...subjects[0], store: { ...STORE, tone: 'professional' } });
    const playful = writeCompliment({ ...subjects[0], store: { ...STORE, tone: 'playful' } });
    expect(new Set([writeCompliment(subjects[0]), professional, playful]).size).toBe(3);
  });
});
