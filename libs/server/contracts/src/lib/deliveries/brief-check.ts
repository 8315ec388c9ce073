/**
 * Disclosure and brief check of a post caption against a contract's brief (issue 9, item 4).
 *
 * This is an aid for the team reviewing a delivery, not legal advice: it looks for the usual advertising disclosures
 * and for the brief's must-include and must-avoid items in the caption text. Whether a post meets the FTC, the ASA or
 * any local rules is for people to decide.
 *
 * How the caption is read:
 * - Text is NFKC-normalised (so `＃ａｄ` is `#ad` and a decomposed `é` is `é`), zero-width spaces are dropped, runs of
 *   whitespace become one space, and comparison is case-insensitive (curly apostrophes count as `'`).
 * - A hashtag or mention starts after a space, punctuation, an emoji or a letter of a script written without spaces
 *   (Chinese, Japanese, Korean, Thai…), never after a Latin letter or digit (`word#ad`, `me@brand.com`). It ends at a
 *   character that cannot be in a tag, or where the script switches between a spaced and an unspaced script, so
 *   `#ad今日は` carries `#ad` while `#東京マラソン` does not carry `#東京`.
 * - `#` and `@` inside links (`trailhead.com/page#ad`, `tiktok.com/@someone`) are part of the link, not tags.
 * - Phrases (plain words, discount codes, brand names) match whole words: `Nike` is found in `NIKE's` and `#nike`
 *   but not in `Nikes` or `#nikerunning`. Next to unspaced-script text no word boundary is needed.
 *
 * How a brief item is read:
 * - `#tag` is a hashtag (whole tag, case-insensitive; spaces inside the item are dropped).
 * - `@handle` is a mention; a bare dotted handle such as `trailhead.running` is a mention too. Either way the caption
 *   must have the `@` form as a whole handle; a sentence-ending period after it is fine.
 * - `https://…`, `www.…` and `host.tld/path` are links: scheme, `www.`, a trailing slash, the fragment and the case of
 *   the host are ignored; the path is compared exactly; a query in the item must be there too, while extra query
 *   parameters in the caption (utm tags) are fine. An item naming only a host (`https://trailhead.com`) is satisfied by
 *   any link to that host.
 * - A bare `name.tld` with a web top-level domain (`trailhead.com`, `trailhead.co`) could be a site or an account, so it
 *   is satisfied by either the link or the `@` mention.
 * - Anything else is a phrase.
 */

export interface BriefCheckInput {
  /** The caption (and/or text) of the post. */
  caption: string | null;
  /** The post URL. Only the caption satisfies the brief; the URL is mentioned when a missing link is the post itself. */
  contentUrl?: string | null;
  platform: 'instagram' | 'tiktok' | 'youtube' | string;
  /** Hashtags (`#TrailheadPartner`), mentions (`@trailhead.running`, `trailhead.running`), links, discount codes, phrases. */
  mustInclude: string[];
  /** Words, phrases, hashtags, mentions, links or brand names the post must not contain. */
  mustAvoid: string[];
  /** The team noted that the platform's own paid-partnership label is on the post. */
  platformLabel?: boolean;
}

export type BriefFindingKind = 'disclosure_missing' | 'disclosure_present' | 'must_include_missing' | 'must_include_present' | 'must_avoid_present';

export interface BriefFinding {
  kind: BriefFindingKind;
  item?: string;
  detail: string;
  severity: 'ok' | 'warning' | 'problem';
}

export interface BriefCheckResult {
  ok: boolean;
  disclosure: { present: boolean; how: string | null };
  findings: BriefFinding[];
  checkedAt?: never;
}

/** Hashtags accepted as an advertising disclosure (folded, without `#`). */
const DISCLOSURE_TAGS = [
  'ad',
  'advert',
  'advertisement',
  'sponsored',
  'sponsoredpost',
  'paidpartnership',
  'paidpartner',
  'werbung',
  'anzeige',
  'gesponsert',
  'publicidad',
  'publi',
  'publicité',
  'publicite',
  'pub',
];

/** Accepted, but also an everyday English word (a bar), so on its own it only earns a warning. */
const AMBIGUOUS_DISCLOSURE_TAGS = new Set(['pub']);

/** Phrases accepted as a disclosure, including the platforms' own label wording in English, German, Spanish and French. */
const DISCLOSURE_PHRASES = [
  'paid partnership',
  'sponsored by',
  'in partnership with',
  'advertisement',
  'paid promotion',
  'anzeige',
  'werbung',
  'bezahlte partnerschaft',
  'gesponsert von',
  'publicidad',
  'colaboración pagada',
  'patrocinado por',
  'publicité',
  'partenariat rémunéré',
  'sponsorisé par',
];

/** Tags creators use that FTC and ASA guidance does not treat as a clear disclosure; named when no disclosure is found. */
const UNCLEAR_TAGS = [
  'collab',
  'gifted',
  'giftedby',
  'partner',
  'brandpartner',
  'ambassador',
  'brandambassador',
  'sp',
  'spon',
  'affiliate',
  'thanks',
  'pr',
  'prsample',
];

/** A disclosure phrase right after one of these words (in the same clause) is a denial: "not sponsored by", "keine Werbung". */
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  "isn't",
  'isnt',
  "wasn't",
  "aren't",
  "ain't",
  'non',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'unbezahlte',
  'unbezahlt',
  'unbeauftragte',
  'sin',
  'ni',
  'nunca',
  'pas',
]);

/** Web top-level domains (besides every two-letter country code) that make a bare `name.tld` read as a site. */
const WEB_TLDS = new Set(['com', 'net', 'org', 'io', 'app', 'shop', 'store', 'info', 'biz', 'xyz', 'link', 'page', 'site', 'online', 'blog', 'club', 'run']);

/** Captions are cut off behind "more" at about this many characters (Instagram ~125; TikTok and YouTube show less or similar). */
const VISIBLE_CHARS = 125;

const UNSPACED_SCRIPTS = ['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo', 'Thai', 'Lao', 'Khmer', 'Myanmar']
  .map((s) => `\\p{Script_Extensions=${s}}`)
  .join('');
const UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS}]`, 'u');
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}\p{N}_]/u;
const MARK_OR_JOINER = /[\p{M}\u200D]/u;

const HOST_CHAR = `(?:(?![${UNSPACED_SCRIPTS}])[\\p{L}\\p{N}])`;
const LABEL = `${HOST_CHAR}(?:${HOST_CHAR}|-)*`;
const TLD = `(?:(?![${UNSPACED_SCRIPTS}])\\p{L}){2,}`;
const PATH_CHAR = `(?:(?![${UNSPACED_SCRIPTS}\\p{Extended_Pictographic}])[^\\s<>"'\`])`;
const LINK_SOURCE = `(?:https?:\\/\\/)?(?:${LABEL}\\.)+${TLD}(?!${HOST_CHAR}|-)(?::\\d{1,5})?(?:[/?#]${PATH_CHAR}*)?`;
const LINK_IN_TEXT = new RegExp(LINK_SOURCE, 'giu');
const LINK_WHOLE = new RegExp(`^${LINK_SOURCE}$`, 'iu');
const BARE_HANDLE = /^[\p{L}\p{N}_]{2,}(?:\.[\p{L}\p{N}_]{2,})+$/u;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"»…]+$/u;
/** "Ad:", "AD |", "[AD]", "(ad)", "Advert –" or "AD" on its own first line, after any emoji. */
const LEADING_AD = /^[^\p{L}\p{N}#@]*(?:ad|advert)(?:\s*[:|\])–—]|\s+-|-\s|\s*\n)/u;

const isWord = (ch: string) => ch !== '' && WORD.test(ch);
const isUnspaced = (ch: string) => ch !== '' && UNSPACED.test(ch);
/** A character that ends a word in a spaced script: a Latin (Cyrillic, Greek, …) letter, digit, mark or underscore. */
const isSpacedWord = (ch: string) => isWord(ch) && !isUnspaced(ch);
const scriptSwitch = (a: string, b: string) => LETTER.test(a) && LETTER.test(b) && isUnspaced(a) !== isUnspaced(b);

/** The code point that starts at `i` ('' past the end). */
function pointAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The code point that ends just before `i` ('' at the start). */
function pointBefore(s: string, i: number): { ch: string; start: number } {
  if (i <= 0) return { ch: '', start: 0 };
  const low = s.charCodeAt(i - 1);
  const start = i >= 2 && low >= 0xdc00 && low <= 0xdfff && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
  return { ch: s.slice(start, i), start };
}

/** The base character before `i`, skipping combining marks, variation selectors and joiners (so `❤️#ad` sees the heart). */
function baseBefore(s: string, i: number): string {
  let at = i;
  for (;;) {
    const { ch, start } = pointBefore(s, at);
    if (ch === '' || !MARK_OR_JOINER.test(ch)) return ch;
    at = start;
  }
}

/** The last code point of a non-empty string. */
const lastPoint = (s: string) => pointBefore(s, s.length).ch;

/** NFKC, no zero-width spaces, whitespace runs collapsed (a run with a line break becomes one line break), trimmed. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/** Case fold that keeps every UTF-16 offset (so positions in the folded text are positions in the original). */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02BC') out += "'";
    else if (ch === 'ς') out += 'σ';
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

/** A phrase as whole words: `hay` and `needle` folded, single-spaced. Returns the offset or -1. */
function findPhrase(hay: string, needle: string, from = 0, accept: (at: number) => boolean = () => true): number {
  if (!needle) return -1;
  const first = pointAt(needle, 0);
  const last = lastPoint(needle);
  for (let at = hay.indexOf(needle, from); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = baseBefore(hay, at);
    const after = pointAt(hay, at + needle.length);
    const startOk = !(isSpacedWord(before) && isSpacedWord(first));
    const endOk = !(isSpacedWord(after) && isSpacedWord(last));
    if (startOk && endOk && accept(at)) return at;
  }
  return -1;
}

/** Where `#body` or `@body` starts a tag (or mention) in `hay`; with `whole`, also where it ends one. */
function findMarked(hay: string, marker: '#' | '@', body: string, whole: boolean): number {
  if (!body) return -1;
  const needle = marker + body;
  const last = lastPoint(body);
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = baseBefore(hay, at);
    if (isSpacedWord(before) || (marker === '@' && /[.+\-@]/.test(before))) continue;
    if (!whole) return at;
    let end = at + needle.length;
    if (marker === '@') while (hay[end] === '.') end++; // a sentence-ending period, not part of the handle
    const next = pointAt(hay, end);
    const continues = marker === '#' ? isWord(next) : isWord(next) || next === '-' || next === '.';
    if (!continues || scriptSwitch(last, next)) return at;
  }
  return -1;
}

/** The whole tag or handle that starts at `at` (for naming a near miss). */
function tokenAt(hay: string, at: number, marker: '#' | '@'): string {
  let end = at + 1;
  for (let ch = pointAt(hay, end); ch !== '' && (isWord(ch) || (marker === '@' && (ch === '.' || ch === '-'))); ch = pointAt(hay, end)) end += ch.length;
  return hay.slice(at, end).replace(/\.+$/, '');
}

interface ParsedLink {
  host: string;
  path: string;
  query: string;
  /** Written with a scheme, `www.`, a path, a query or a fragment (so it is a link, not possibly a handle). */
  explicit: boolean;
}

function parseLink(text: string): ParsedLink {
  let s = text;
  const scheme = /^https?:\/\//i.exec(s);
  if (scheme) s = s.slice(scheme[0].length);
  const hostEnd = s.search(/[/?#]/);
  const rawHost = hostEnd < 0 ? s : s.slice(0, hostEnd);
  let rest = hostEnd < 0 ? '' : s.slice(hostEnd);
  const hostWithWww = fold(rawHost).replace(/:\d+$/, '');
  const host = hostWithWww.replace(/^www\./, '');
  const explicit = !!scheme || host !== hostWithWww || rest !== '';
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = (q < 0 ? rest : rest.slice(0, q)).replace(/\/+$/, '');
  const query = q < 0 ? '' : rest.slice(q + 1);
  return { host, path, query, explicit };
}

const isWebTld = (host: string) => {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return /^\p{L}{2}$/u.test(tld) || WEB_TLDS.has(tld);
};

const sameLink = (item: ParsedLink, found: ParsedLink) =>
  item.host === found.host && ((item.path === '' && item.query === '') || (item.path === found.path && (item.query === '' || item.query === found.query)));

const showLink = (l: ParsedLink) => l.host + l.path + (l.query ? `?${l.query}` : '');

interface FoundLink {
  at: number;
  text: string;
  link: ParsedLink;
}

/** Links written in the (normalised) caption: with a scheme, `www.`, a path, or a bare host with a web top-level domain. */
function findLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const m of text.matchAll(LINK_IN_TEXT)) {
    const at = m.index ?? 0;
    const before = baseBefore(text, at);
    if (isSpacedWord(before) || /[@./\-_]/.test(before)) continue;
    const raw = m[0].replace(TRAILING_PUNCTUATION, '');
    const link = parseLink(raw);
    if (link.explicit || isWebTld(link.host)) links.push({ at, text: raw, link });
  }
  return links;
}

type ItemKind = 'hashtag' | 'mention' | 'link' | 'handle-or-link' | 'phrase';

interface BriefItem {
  item: string;
  kind: ItemKind;
  /** Folded tag body, handle, or phrase. */
  value: string;
  link?: ParsedLink;
}

function readItem(raw: string): BriefItem | null {
  const item = raw.trim();
  const text = normalise(item).replace(/\n/g, ' ');
  if (!text || text === '#' || text === '@') return null;
  if (text.startsWith('#')) return { item, kind: 'hashtag', value: fold(text.slice(1)).replace(/\s+/g, '') };
  if (text.startsWith('@')) return { item, kind: 'mention', value: fold(text.slice(1)).replace(/\.+$/, '') };
  if (LINK_WHOLE.test(text)) {
    const link = parseLink(text);
    if (link.explicit) return { item, kind: 'link', value: fold(text), link };
    if (isWebTld(link.host)) return { item, kind: 'handle-or-link', value: link.host, link };
  }
  if (BARE_HANDLE.test(text) && /\p{L}/u.test(text.slice(text.lastIndexOf('.')))) return { item, kind: 'mention', value: fold(text) };
  return { item, kind: 'phrase', value: fold(text) };
}

interface Caption {
  /** Normalised caption (line breaks kept): the written form of what was found. */
  norm: string;
  /** Folded, line breaks as spaces: phrases. */
  flat: string;
  /** As `flat` with links blanked out: hashtags, mentions and disclosures. */
  masked: string;
  links: FoundLink[];
}

function readCaption(caption: string): Caption {
  const norm = normalise(caption);
  const flat = fold(norm).replace(/\n/g, ' ');
  const links = findLinks(norm);
  let masked = flat;
  for (const l of links) masked = masked.slice(0, l.at) + ' '.repeat(l.text.length) + masked.slice(l.at + l.text.length);
  return { norm, flat, masked, links };
}

interface Match {
  at: number;
  written: string;
  how: 'hashtag' | 'mention' | 'link' | 'phrase';
}

function matchItem(c: Caption, it: BriefItem): Match | null {
  const mark = (marker: '#' | '@', how: 'hashtag' | 'mention'): Match | null => {
    const at = findMarked(c.masked, marker, it.value, true);
    return at < 0 ? null : { at, written: c.norm.slice(at, at + 1 + it.value.length), how };
  };
  const link = (): Match | null => {
    const found = it.link && c.links.find((l) => sameLink(it.link as ParsedLink, l.link));
    return found ? { at: found.at, written: found.text, how: 'link' } : null;
  };
  switch (it.kind) {
    case 'hashtag':
      return mark('#', 'hashtag');
    case 'mention':
      return mark('@', 'mention');
    case 'link':
      return link();
    case 'handle-or-link':
      return mark('@', 'mention') ?? link();
    case 'phrase': {
      const at = findPhrase(c.flat, it.value);
      return at < 0 ? null : { at, written: c.norm.slice(at, at + it.value.length), how: 'phrase' };
    }
  }
}

const platformName = (platform: string) => ({ instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' })[platform.toLowerCase()] ?? 'the platform';

function itemLabel(it: BriefItem): string {
  switch (it.kind) {
    case 'hashtag':
      return `Hashtag #${it.item.replace(/^[#＃]/, '')}`;
    case 'mention':
      return `Mention @${it.item.replace(/^[@＠]/, '')}`;
    case 'link':
      return `Link ${it.item}`;
    case 'handle-or-link':
      return `${it.item} (as a link or an @ mention)`;
    case 'phrase':
      return `"${it.item}"`;
  }
}

const writtenNote = (m: Match, it: BriefItem) =>
  m.written !== it.item && m.written.replace(/^[#@]/, '') !== it.item.replace(/^[#@]/, '') ? ` (written ${m.written})` : '';

/** Why an item is missing, when the caption has something close: the tag without `#`, a longer tag, another path. */
function nearMiss(c: Caption, it: BriefItem, input: BriefCheckInput): string {
  const notes: string[] = [];
  if (it.kind === 'hashtag' || it.kind === 'mention' || it.kind === 'handle-or-link') {
    const marker = it.kind === 'hashtag' ? '#' : '@';
    const longer = findMarked(c.masked, marker, it.value, false);
    if (longer >= 0) notes.push(`only ${tokenAt(c.norm, longer, marker)} is there, which is a different ${marker === '#' ? 'tag' : 'account'}`);
    else if (findPhrase(c.masked, it.value) >= 0) notes.push(`it is written without ${marker}, so ${platformName(input.platform)} does not link it`);
  }
  if (it.link && (it.kind === 'link' || it.kind === 'handle-or-link')) {
    const item = it.link;
    const sameHost = c.links.filter((l) => l.link.host === item.host);
    if (sameHost.length) notes.push(`the caption links to ${sameHost.map((l) => showLink(l.link)).join(', ')} instead`);
    if (input.contentUrl && sameLink(item, parseLink(normalise(input.contentUrl)))) notes.push('the post URL is this link, but only the caption counts');
    if (input.platform.toLowerCase() === 'instagram')
      notes.push('Instagram does not make caption links clickable; if the brief means the bio link, check it by hand');
  }
  return notes.length ? `; ${notes.join('; ')}` : '';
}

interface Disclosure {
  at: number;
  how: string;
  ambiguous: boolean;
}

function findDisclosures(c: Caption): Disclosure[] {
  const found: Disclosure[] = [];
  const folded = fold(c.norm);
  if (LEADING_AD.test(folded)) found.push({ at: 0, how: '"Ad:" at the start', ambiguous: false });
  for (const tag of DISCLOSURE_TAGS) {
    const at = findMarked(c.masked, '#', tag, true);
    if (at >= 0) found.push({ at, how: `#${tag}`, ambiguous: AMBIGUOUS_DISCLOSURE_TAGS.has(tag) });
  }
  const negated = (at: number) => {
    const clause =
      folded
        .slice(0, at)
        .split(/[.!?;:|,(\n]/)
        .pop() ?? '';
    const words = clause
      .split(/[^\p{L}\p{M}\p{N}_']+/u)
      .filter(Boolean)
      .slice(-2);
    return words.some((w) => NEGATIONS.has(w));
  };
  for (const phrase of DISCLOSURE_PHRASES) {
    const at = findPhrase(c.masked, phrase, 0, (i) => !negated(i));
    if (at >= 0 && !found.some((d) => d.at === at - 1)) found.push({ at, how: phrase, ambiguous: false });
  }
  return found.sort((a, b) => a.at - b.at);
}

function disclosureFinding(c: Caption | null, input: BriefCheckInput): { finding: BriefFinding; present: boolean; how: string | null } {
  const found = c ? findDisclosures(c) : [];
  const hows = [...(input.platformLabel ? ['platform label'] : []), ...found.map((d) => d.how)];
  if (!hows.length) {
    const unclear = c ? UNCLEAR_TAGS.filter((t) => findMarked(c.masked, '#', t, true) >= 0).map((t) => `#${t}`) : [];
    const note = unclear.length ? ` ${unclear.join(', ')} ${unclear.length > 1 ? 'are' : 'is'} not a clear disclosure under FTC and ASA guidance.` : '';
    return {
      present: false,
      how: null,
      finding: {
        kind: 'disclosure_missing',
        severity: 'problem',
        detail: `No advertising disclosure found: add #ad or "paid partnership" near the start of the caption, or note the platform's paid-partnership label.${note}`,
      },
    };
  }
  const names = [...(input.platformLabel ? [`${platformName(input.platform)}'s paid-partnership label (noted by the team)`] : []), ...found.map((d) => d.how)];
  const warnings: string[] = [];
  if (!input.platformLabel) {
    const clear = found.filter((d) => !d.ambiguous);
    if (!clear.length) warnings.push('#pub is French for an advert but reads as a bar in English; check the caption is in French or add #ad.');
    else if (Array.from(c?.norm.slice(0, clear[0].at) ?? '').length >= VISIBLE_CHARS)
      warnings.push(
        `It only comes after the first ${VISIBLE_CHARS} characters, where ${platformName(input.platform)} cuts the caption off behind "more"; FTC and ASA guidance asks for it up front.`,
      );
  }
  return {
    present: true,
    how: hows.join(', '),
    finding: {
      kind: 'disclosure_present',
      severity: warnings.length ? 'warning' : 'ok',
      detail: [`Disclosure found: ${names.join(', ')}.`, ...warnings].join(' '),
    },
  };
}

/**
 * Checks a post caption for an advertising disclosure and against the brief's must-include and must-avoid items.
 * Pure; an aid for the team, not legal advice. `ok` is true when no finding is a problem.
 */
export function checkBrief(input: BriefCheckInput): BriefCheckResult {
  const caption = input.caption && normalise(input.caption) ? readCaption(input.caption) : null;
  const disclosure = disclosureFinding(caption, input);
  const findings: BriefFinding[] = [disclosure.finding];
  const seen = new Set<string>();
  const items = (list: string[]) =>
    list
      .map(readItem)
      .filter((it): it is BriefItem => it !== null)
      .filter((it) => {
        const key = `${it.kind}:${it.link ? showLink(it.link) : it.value}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });

  for (const it of items(input.mustInclude ?? [])) {
    const m = caption && matchItem(caption, it);
    findings.push(
      m
        ? {
            kind: 'must_include_present',
            item: it.item,
            severity: 'ok',
            detail: `${itemLabel(it)} found${it.kind === 'handle-or-link' ? ` as a ${m.how}` : ''}${writtenNote(m, it)}.`,
          }
        : {
            kind: 'must_include_missing',
            item: it.item,
            severity: 'problem',
            detail: `${itemLabel(it)} is missing from the caption${caption ? nearMiss(caption, it, input) : ''}.`,
          },
    );
  }
  seen.clear();
  for (const it of items(input.mustAvoid ?? [])) {
    const m = caption && matchItem(caption, it);
    if (m)
      findings.push({
        kind: 'must_avoid_present',
        item: it.item,
        severity: 'problem',
        detail: `The caption contains ${itemLabel(it)}${writtenNote(m, it)}, which the brief says to avoid.`,
      });
  }
  return { ok: !findings.some((f) => f.severity === 'problem'), disclosure: { present: disclosure.present, how: disclosure.how }, findings };
}
