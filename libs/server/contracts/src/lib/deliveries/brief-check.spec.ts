import { checkBrief, type BriefCheckInput } from './brief-check';

const check = (caption: string | null, extra: Partial<BriefCheckInput> = {}) =>
  checkBrief({ caption, platform: 'instagram', mustInclude: [], mustAvoid: [], ...extra });

describe('checkBrief: disclosure', () => {
  it.each([
    // [caption, how (null = no disclosure)]
    ['#ad New trail shoes from Trailhead', '#ad'],
    ['Loving these trail shoes #ad', '#ad'],
    ['Loving these trail shoes #AD', '#ad'],
    ['Loving these trail shoes #ad.', '#ad'],
    ['Loving these #ad, honestly the best grip', '#ad'],
    ['Weekend #adventure in the hills', null],
    ['Old faithfuls #adidas', null],
    ['Trail day 🏃#ad🏔️', '#ad'],
    ['❤️#ad', '#ad'],
    ['今日は山へ#ad', '#ad'],
    ['#ad今日は山へ', '#ad'],
    ['Trail day word#ad', null],
    ['Details at trailhead.com/page#ad', null],
    ['＃ＡＤ fullwidth tag', '#ad'],
    ['#advert', '#advert'],
    ['#Advertisement', '#advertisement'],
    ['#sponsored', '#sponsored'],
    ['#SponsoredPost', '#sponsoredpost'],
    ['#PaidPartnership', '#paidpartnership'],
    ['#paidpartner', '#paidpartner'],
    ['Paid partnership with Trailhead', 'paid partnership'],
    ['Paid\npartnership with Trailhead', 'paid partnership'],
    ['This video is sponsored by Trailhead', 'sponsored by'],
    ['In partnership with Trailhead 🏔️', 'in partnership with'],
    ['Advertisement — Trailhead Grip', 'advertisement'],
    ['Includes paid promotion', 'paid promotion'],
    ['Ad: my favourite trail shoes', '"Ad:" at the start'],
    ['🏔️ AD | my favourite trail shoes', '"Ad:" at the start'],
    ['[AD] my favourite trail shoes', '"Ad:" at the start'],
    ['AD\nmy favourite trail shoes', '"Ad:" at the start'],
    ['Ad-free running season', null],
    ['Read: my review of the Grip', null],
    ['Anzeige | Neue Laufschuhe von Trailhead', 'anzeige'],
    ['Werbung: neue Laufschuhe', 'werbung'],
    ['Neue Laufschuhe #Werbung', '#werbung'],
    ['#anzeige', '#anzeige'],
    ['Bezahlte Partnerschaft mit Trailhead', 'bezahlte partnerschaft'],
    ['Unbezahlte Werbung, selbst gekauft', null],
    ['Keine Werbung, selbst gekauft', null],
    ['Publicidad. Mis nuevas zapatillas', 'publicidad'],
    ['Mis nuevas zapatillas #publi', '#publi'],
    ['#Publicidad', '#publicidad'],
    ['Colaboración pagada con Trailhead', 'colaboración pagada'],
    ['No es publicidad, las compré yo', null],
    ['Publicité pour Trailhead', 'publicité'],
    ['Publicite\u0301 pour Trailhead', 'publicité'],
    ['Not sponsored by anyone, I just love them', null],
    ["This isn't an advertisement", null],
    ['Great #collab with Trailhead #gifted', null],
    ['Just a run', null],
    ['', null],
    ['#ad and #sponsored, sponsored by Trailhead', '#ad, #sponsored, sponsored by'],
  ])('%j → %s', (caption, how) => {
    const r = check(caption);
    expect(r.disclosure).toEqual({ present: how !== null, how });
    expect(r.findings[0].kind).toBe(how === null ? 'disclosure_missing' : 'disclosure_present');
    expect(r.ok).toBe(how !== null);
  });

  it.each([
    ['Trail day', true, { present: true, how: 'platform label' }],
    [null, true, { present: true, how: 'platform label' }],
    ['Trail day #ad', true, { present: true, how: 'platform label, #ad' }],
    ['Trail day', false, { present: false, how: null }],
  ] as const)('platformLabel: %j with label %s', (caption, platformLabel, disclosure) => {
    const r = check(caption, { platformLabel });
    expect(r.disclosure).toEqual(disclosure);
    expect(r.ok).toBe(disclosure.present);
  });

  it('names unclear tags such as #collab when no disclosure is found', () => {
    const [finding] = check('Great #collab with Trailhead #gifted').findings;
    expect(finding).toMatchObject({ kind: 'disclosure_missing', severity: 'problem' });
    expect(finding.detail).toContain('#collab, #gifted are not a clear disclosure');
  });

  it('warns when the only disclosure comes after the visible part of the caption', () => {
    const late = check(`${'Long morning on the ridge, legs burning, views for days. '.repeat(3)}#ad`);
    expect(late.disclosure.present).toBe(true);
    expect(late.ok).toBe(true);
    expect(late.findings[0]).toMatchObject({ kind: 'disclosure_present', severity: 'warning' });
    expect(late.findings[0].detail).toContain('after the first 125 characters');
    expect(check(`#ad ${'Long morning on the ridge. '.repeat(10)}`).findings[0].severity).toBe('ok');
    expect(check(`${'Long morning on the ridge. '.repeat(10)}#ad`, { platformLabel: true }).findings[0].severity).toBe('ok');
  });

  it('accepts #pub but warns that it is ambiguous on its own', () => {
    const r = check('Nouvelles chaussures #pub');
    expect(r.disclosure).toEqual({ present: true, how: '#pub' });
    expect(r.findings[0]).toMatchObject({ severity: 'warning' });
    expect(check('Nouvelles chaussures #pub #ad').findings[0].severity).toBe('ok');
  });
});

describe('checkBrief: mustInclude', () => {
  it.each([
    // [caption, item, present]
    ['Love it #trailheadpartner #ad', '#TrailheadPartner', true],
    ['Love it #TRAILHEADPARTNER #ad', '#TrailheadPartner', true],
    ['Love it #TrailheadPartnerships #ad', '#TrailheadPartner', false],
    ['Love it #TrailheadPartner_UK #ad', '#TrailheadPartner', false],
    ['Love it TrailheadPartner #ad', '#TrailheadPartner', false],
    ['🏔️#TrailheadPartner🏃 #ad', '#TrailheadPartner', true],
    ['山へ#TrailheadPartner今日 #ad', '#TrailheadPartner', true],
    ['Corrida #TrailheadPartnerÉ #ad', '#TrailheadPartner', false],
    ['走った#東京マラソン #ad', '#東京マラソン', true],
    ['走った#東京マラソン #ad', '#東京', false],
    ['Thanks @Trailhead.Running #ad', '@trailhead.running', true],
    ['Thanks @Trailhead.Running #ad', 'trailhead.running', true],
    ['Thanks @trailhead.running. #ad', '@trailhead.running', true],
    ['Thanks @trailhead.running... #ad', 'trailhead.running', true],
    ["@trailhead.running's new shoe #ad", '@trailhead.running', true],
    ['Thanks (@trailhead.running)! #ad', '@trailhead.running', true],
    ['ありがとう@trailhead.runningさん #ad', '@trailhead.running', true],
    ['Thanks @trailhead.running2 #ad', '@trailhead.running', false],
    ['Thanks @trailhead.running.uk #ad', '@trailhead.running', false],
    ['Thanks trailhead.running #ad', 'trailhead.running', false],
    ['Mail hello@trailhead.running #ad', '@trailhead.running', false],
    ['See tiktok.com/@trailhead.running #ad', '@trailhead.running', false],
    ['Shop trailhead.com/grip #ad', 'https://trailhead.com/grip', true],
    ['Shop http://www.trailhead.com/grip/ #ad', 'https://trailhead.com/grip', true],
    ['Shop at TRAILHEAD.COM/grip. #ad', 'https://trailhead.com/grip', true],
    ['Shop trailhead.com/grip?utm_source=ig #ad', 'https://trailhead.com/grip', true],
    ['Shop trailhead.com/grip👟 #ad', 'https://trailhead.com/grip', true],
    ['Shop trailhead.com/Grip #ad', 'https://trailhead.com/grip', false],
    ['Shop trailhead.com/gripper #ad', 'https://trailhead.com/grip', false],
    ['Shop trailhead.com #ad', 'https://trailhead.com/grip', false],
    ['Shop https://trailhead.com/grip #ad', 'trailhead.com/grip', true],
    ['Shop https://trailhead.com/grip #ad', 'www.trailhead.com/grip/', true],
    ['Shop trailhead.com/grip?ref=x #ad', 'trailhead.com/grip?ref=anna', false],
    ['Shop trailhead.com/grip #ad', 'https://trailhead.com', true],
    ['Follow @Trailhead.com #ad', 'trailhead.com', true],
    ['Visit trailhead.com! #ad', 'trailhead.com', true],
    ['Use code trail20 for 20% off #ad', 'TRAIL20', true],
    ['Use code:TRAIL20! #ad', 'TRAIL20', true],
    ['Use code TRAIL200 #ad', 'TRAIL20', false],
    ['The Grip  2\ntrail shoe #ad', 'Grip 2 trail shoe', true],
    ['Corri em SÃO PAULO hoje #ad', 'São Paulo', true],
    ['新しいトレイルヘッドの靴 #ad', 'トレイルヘッド', true],
  ])('%j has %j: %s', (caption, item, present) => {
    const r = check(caption, { mustInclude: [item] });
    expect(r.findings[1]).toMatchObject({ kind: present ? 'must_include_present' : 'must_include_missing', item, severity: present ? 'ok' : 'problem' });
    expect(r.ok).toBe(present);
  });

  it('explains near misses', () => {
    const detail = (caption: string, item: string, extra: Partial<BriefCheckInput> = {}) =>
      check(caption, { mustInclude: [item], ...extra }).findings[1].detail;
    expect(detail('#TrailheadPartnerships', '#TrailheadPartner')).toContain('only #TrailheadPartnerships is there');
    expect(detail('TrailheadPartner', '#TrailheadPartner')).toContain('written without #');
    expect(detail('Thanks trailhead.running', 'trailhead.running')).toContain('written without @');
    expect(detail('Thanks @trailhead.running2', '@trailhead.running')).toContain('only @trailhead.running2 is there, which is a different account');
    expect(detail('Shop trailhead.com/other', 'trailhead.com/grip', { platform: 'tiktok' })).toBe(
      'Link trailhead.com/grip is missing from the caption; the caption links to trailhead.com/other instead.',
    );
    expect(detail('Shop now', 'https://trailhead.com/grip', { contentUrl: 'https://www.trailhead.com/grip' })).toContain(
      'the post URL is this link, but only the caption counts',
    );
    expect(detail('Link in bio', 'https://trailhead.com/grip')).toContain('Instagram does not make caption links clickable');
  });

  it('names how a present item was written and how an ambiguous site-or-account item was met', () => {
    const r = check('#ad Thanks @Trailhead.Running, see trailhead.com', { mustInclude: ['trailhead.running', 'trailhead.com'] });
    expect(r.findings[1].detail).toBe('Mention @trailhead.running found (written @Trailhead.Running).');
    expect(r.findings[2].detail).toBe('trailhead.com (as a link or an @ mention) found as a link.');
  });
});

describe('checkBrief: mustAvoid', () => {
  it.each([
    // [caption, item, hit]
    ['Better grip than NIKE #ad', 'Nike', true],
    ["Nike's loss #ad", 'Nike', true],
    ['Nikes are fine #ad', 'Nike', false],
    ['Old pair #nike #ad', 'Nike', true],
    ['Old pair #nikerunning #ad', 'Nike', false],
    ['跑步Nike鞋 #ad', 'Nike', true],
    ['Old pair nike #ad', '#nike', false],
    ['Old pair #NIKE #ad', '#nike', true],
    ['Thanks @Nike #ad', '@nike', true],
    ['Thanks @nikerunning #ad', '@nike', false],
    ['Cheaper at https://www.competitor.com/sale #ad', 'competitor.com', true],
    ['Cheapest shoes ever #ad', 'cheap', false],
    ['So cheap #ad', 'cheap', true],
    ['Blessed and   grateful #ad', 'blessed and grateful', true],
  ])('%j with %j avoided → hit %s', (caption, item, hit) => {
    const r = check(caption, { mustAvoid: [item] });
    expect(r.findings.filter((f) => f.kind === 'must_avoid_present')).toEqual(hit ? [expect.objectContaining({ item, severity: 'problem' })] : []);
    expect(r.ok).toBe(!hit);
  });

  it('names the avoided item and how it was written', () => {
    expect(check('Better than NIKE #ad', { mustAvoid: ['Nike'] }).findings[1].detail).toBe(
      'The caption contains "Nike" (written NIKE), which the brief says to avoid.',
    );
  });
});

describe('checkBrief: whole result', () => {
  const brief = { mustInclude: ['#TrailheadPartner', 'trailhead.running', 'https://trailhead.com/grip', 'TRAIL20'], mustAvoid: ['Nike', '#cheap'] };

  it('passes a caption that meets the whole brief, recording what was checked', () => {
    const r = check('#ad Trail season with @trailhead.running 🏔️ Code TRAIL20 at trailhead.com/grip #TrailheadPartner', brief);
    expect(r.ok).toBe(true);
    expect(r.disclosure).toEqual({ present: true, how: '#ad' });
    expect(r.findings.map((f) => [f.kind, f.item, f.severity])).toEqual([
      ['disclosure_present', undefined, 'ok'],
      ['must_include_present', '#TrailheadPartner', 'ok'],
      ['must_include_present', 'trailhead.running', 'ok'],
      ['must_include_present', 'https://trailhead.com/grip', 'ok'],
      ['must_include_present', 'TRAIL20', 'ok'],
    ]);
    expect(r).not.toHaveProperty('checkedAt');
  });

  it('lists every problem in order: disclosure, missing items, avoided items', () => {
    const r = check('Better than nike, #cheap and #trailheadpartner', brief);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.kind, f.item ?? null, f.severity])).toEqual([
      ['disclosure_missing', null, 'problem'],
      ['must_include_present', '#TrailheadPartner', 'ok'],
      ['must_include_missing', 'trailhead.running', 'problem'],
      ['must_include_missing', 'https://trailhead.com/grip', 'problem'],
      ['must_include_missing', 'TRAIL20', 'problem'],
      ['must_avoid_present', 'Nike', 'problem'],
      ['must_avoid_present', '#cheap', 'problem'],
    ]);
  });

  it.each([null, '', '   \n  '])('treats caption %j as empty: no disclosure, every item missing, no avoid hits', (caption) => {
    const r = check(caption, brief);
    expect(r.ok).toBe(false);
    expect(r.disclosure).toEqual({ present: false, how: null });
    expect(r.findings.map((f) => f.kind)).toEqual(['disclosure_missing', ...brief.mustInclude.map(() => 'must_include_missing')]);
  });

  it('ignores blank items and checks a repeated item once', () => {
    const r = check('#ad #TrailheadPartner', { mustInclude: ['', '  ', '#', '#TrailheadPartner', '#trailheadpartner'], mustAvoid: [' '] });
    expect(r.findings.map((f) => f.kind)).toEqual(['disclosure_present', 'must_include_present']);
  });

  it('does not change its input', () => {
    const input: BriefCheckInput = { caption: '#ad hi', platform: 'youtube', mustInclude: ['#a'], mustAvoid: ['b'], platformLabel: false };
    const copy = structuredClone(input);
    checkBrief(input);
    expect(input).toEqual(copy);
  });
});
