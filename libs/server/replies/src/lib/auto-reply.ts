/**
 * Recognises automatic replies (RFC 3834) and out-of-office notices in inbound mail, so an
 * influencer's vacation responder is not mistaken for engagement and follow-ups can wait until
 * the stated return date.
 */

export interface AutoReplyVerdict {
  automatic: boolean;
  kind: 'out_of_office' | 'auto_reply' | null;
  signals: string[];
  returnDate: Date | null;
}

export interface InboundMail {
  /** As mailparser gives them: a Map keyed by lower-case name; a plain object is accepted too. */
  headers: Map<string, unknown> | Record<string, unknown>;
  subject: string;
  text: string;
  receivedAt: Date;
}

/** Above this length a body phrase alone is too weak: it is more likely a human mentioning an absence. */
const SHORT_BODY_CHARS = 600;

const BODY_STATEMENT_SIGNAL = 'Body: out-of-office statement';

export function detectAutoReply(mail: InboundMail): AutoReplyVerdict {
  const subject = normalise(mail.subject);
  const ownText = stripQuotedLines(mail.text);
  const body = normalise(ownText);
  const signals = [...headerSignals(readHeaders(mail.headers)), ...subjectSignals(subject)];

  const statesAbsence = OUT_OF_OFFICE_BODY.some((phrase) => phrase.test(body));
  if (statesAbsence && (signals.length > 0 || ownText.trim().length < SHORT_BODY_CHARS)) signals.push(BODY_STATEMENT_SIGNAL);
  if (signals.length === 0) return { automatic: false, kind: null, signals, returnDate: null };

  const outOfOffice = statesAbsence || OUT_OF_OFFICE_SUBJECTS.some(({ pattern }) => pattern.test(subject));
  return {
    automatic: true,
    kind: outOfOffice ? 'out_of_office' : 'auto_reply',
    signals,
    returnDate: extractReturnDate(ownText, mail.receivedAt) ?? extractReturnDate(mail.subject, mail.receivedAt),
  };
}

// ---------------------------------------------------------------------------------------------
// Headers

type HeaderReader = (name: string) => string | null;

function readHeaders(headers: InboundMail['headers']): HeaderReader {
  const byName = new Map<string, unknown>();
  const entries = headers instanceof Map ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) byName.set(name.toLowerCase(), value);
  return (name) => headerText(byName.get(name));
}

/** mailparser turns some headers into structured objects ({ value, params }) or arrays of repeats. */
function headerText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.length > 0 ? headerText(value[0]) : null;
  if (value !== null && typeof value === 'object') {
    if ('value' in value && typeof value.value === 'string') return value.value.trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
  }
  return null;
}

/** Exchange marks its own automatic replies with one of these so that they never trigger another. */
const SUPPRESSING_AUTO_RESPONSES = new Set(['all', 'oof', 'autoreply']);
const AUTOMATIC_PRECEDENCE = new Set(['auto_reply', 'bulk', 'junk']);

function headerSignals(header: HeaderReader): string[] {
  const signals: string[] = [];
  const autoSubmitted = header('auto-submitted');
  // RFC 3834: "no" is the explicit statement that a human sent it.
  if (autoSubmitted && autoSubmitted.toLowerCase() !== 'no') signals.push(`Auto-Submitted: ${autoSubmitted}`);

  for (const name of ['X-Autoreply', 'X-Autorespond']) {
    const value = header(name.toLowerCase());
    if (value !== null) signals.push(`${name}: ${value}`);
  }

  const suppress = header('x-auto-response-suppress');
  if (suppress && suppress.split(/[\s,]+/).some((token) => SUPPRESSING_AUTO_RESPONSES.has(token.toLowerCase()))) {
    signals.push(`X-Auto-Response-Suppress: ${suppress}`);
  }

  const precedence = header('precedence');
  if (precedence && AUTOMATIC_PRECEDENCE.has(precedence.toLowerCase())) signals.push(`Precedence: ${precedence}`);
  return signals;
}

// ---------------------------------------------------------------------------------------------
// Subject and body wording (matched against normalise()d text: lower case, no accents)

interface SubjectMarker {
  label: string;
  pattern: RegExp;
}

const OUT_OF_OFFICE_SUBJECTS: SubjectMarker[] = [
  { label: 'Out of Office', pattern: /\bout of (?:the )?office\b/ },
  { label: 'Abwesenheitsnotiz', pattern: /\babwesenheit(?:snotiz)?\b/ },
  { label: 'Absence du bureau', pattern: /\babsente? du bureau\b|\babsence du bureau\b/ },
  { label: 'Fuera de la oficina', pattern: /\bfuera de la oficina\b/ },
  { label: 'Ausência temporária', pattern: /\bausencia temporaria\b/ },
  { label: 'Fora do escritório', pattern: /\bfora do escritorio\b/ },
  { label: 'Fuori ufficio', pattern: /\bfuori ufficio\b/ },
  { label: 'Afwezig', pattern: /\bafwezig(?:heid)?\b/ },
];

const AUTO_REPLY_SUBJECTS: SubjectMarker[] = [
  { label: 'Automatic reply', pattern: /\bautomatic reply\b/ },
  { label: 'Autoreply', pattern: /\bauto-?reply\b/ },
  { label: 'Automatische Antwort', pattern: /\bautomatische antwort\b/ },
  { label: 'Réponse automatique', pattern: /\breponse automatique\b/ },
  { label: 'Respuesta automática', pattern: /\brespuesta automatica\b/ },
  { label: 'Resposta automática', pattern: /\bresposta automatica\b/ },
  { label: 'Risposta automatica', pattern: /\brisposta automatica\b/ },
  { label: 'Automatisch antwoord', pattern: /\bautomatisch antwoord\b/ },
];

function subjectSignals(subject: string): string[] {
  return [...AUTO_REPLY_SUBJECTS, ...OUT_OF_OFFICE_SUBJECTS].filter(({ pattern }) => pattern.test(subject)).map(({ label }) => `Subject: ${label}`);
}

/** First-person, present or future tense only: "I was out of office last week" is a human talking. */
const OUT_OF_OFFICE_BODY: RegExp[] = [
  /\bi(?:'m| am| will be)\s+(?:currently\s+|now\s+)?(?:out of (?:the )?office|away|on (?:annual |parental |maternity |paternity )?(?:leave|vacation|holiday))/,
  /\b(?:estoy|me encuentro|estare)\s+(?:actualmente\s+)?(?:fuera de la oficina|de vacaciones|ausente)/,
  /\b(?:estou|estarei|me encontro)\s+(?:atualmente\s+)?(?:fora do escritorio|de ferias|ausente)/,
  /\bje (?:suis|serai)\s+(?:actuellement\s+)?(?:absente?|en conges|en vacances)\b/,
  /\bich bin\b[^\n]{0,60}?\b(?:nicht im buro|abwesend|im urlaub)/,
  /\bsono\s+(?:attualmente\s+)?(?:fuori ufficio|assente|in ferie)/,
  /\bik ben\s+(?:momenteel\s+)?(?:afwezig|niet op kantoor|met vakantie)/,
];

// ---------------------------------------------------------------------------------------------
// Return date

const MONTH_NAMES: readonly string[][] = [
  ['january', 'jan', 'enero', 'ene', 'janeiro', 'janvier', 'janv', 'januar', 'jan', 'gennaio', 'gen', 'januari'],
  ['february', 'feb', 'febrero', 'fevereiro', 'fev', 'fevrier', 'fevr', 'februar', 'febbraio', 'februari'],
  ['march', 'mar', 'marzo', 'marco', 'mars', 'marz', 'maart', 'mrt'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile'],
  ['may', 'mayo', 'maio', 'mai', 'maggio', 'mag', 'mei'],
  ['june', 'jun', 'junio', 'junho', 'juin', 'juni', 'giugno', 'giu'],
  ['july', 'jul', 'julio', 'julho', 'juillet', 'juil', 'juli', 'luglio', 'lug'],
  ['august', 'aug', 'agosto', 'ago', 'aout', 'augustus'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'setembro', 'set', 'septembre', 'settembre'],
  ['october', 'oct', 'octubre', 'outubro', 'out', 'octobre', 'oktober', 'okt', 'ottobre', 'ott'],
  ['november', 'nov', 'noviembre', 'novembro', 'novembre'],
  ['december', 'dec', 'diciembre', 'dic', 'dezembro', 'dez', 'decembre', 'dezember', 'dicembre'],
];

/** Index = getUTCDay(). Only full names: short forms like "so", "do", "mar" are ordinary words too. */
const WEEKDAY_NAMES: readonly string[][] = [
  ['sunday', 'domingo', 'dimanche', 'sonntag', 'domenica', 'zondag'],
  ['monday', 'lunes', 'segunda', 'lundi', 'montag', 'lunedi', 'maandag'],
  ['tuesday', 'martes', 'terca', 'mardi', 'dienstag', 'martedi', 'dinsdag'],
  ['wednesday', 'miercoles', 'quarta', 'mercredi', 'mittwoch', 'mercoledi', 'woensdag'],
  ['thursday', 'jueves', 'quinta', 'jeudi', 'donnerstag', 'giovedi', 'donderdag'],
  ['friday', 'viernes', 'sexta', 'vendredi', 'freitag', 'venerdi', 'vrijdag'],
  ['saturday', 'sabado', 'samedi', 'samstag', 'sabato', 'zaterdag'],
];

const MONTH_BY_NAME = indexNames(MONTH_NAMES);
const WEEKDAY_BY_NAME = indexNames(WEEKDAY_NAMES);
const MONTH = alternation(MONTH_NAMES);
const WEEKDAY = `(?:${alternation(WEEKDAY_NAMES)})(?:-feira)?`;
/** "Monday 14 Dec", "lunes, el 14": the weekday is kept only to pick the right month for a bare day. */
const WEEKDAY_PREFIX = `(?:(${WEEKDAY})\\.?,?\\s+(?:the\\s+|el\\s+|le\\s+|den\\s+|dia\\s+)?)`;
const ORDINAL = '(?:st|nd|rd|th|er|e|o|º|\\.)?';

interface DateMention {
  start: number;
  end: number;
  date: Date;
}

type Resolver = (groups: (string | undefined)[], from: Date) => Date | null;

const DATE_PATTERNS: { pattern: RegExp; resolve: Resolver }[] = [
  {
    pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g,
    resolve: ([year, month, day]) => calendarDate(Number(year), Number(month) - 1, Number(day)),
  },
  {
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}?(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}|\\d{2}))?(?![\\d/])`, 'g'),
    resolve: ([, day, month, year], from) => dayAndMonth(Number(day), Number(month) - 1, year, from),
  },
  {
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}?(\\d{1,2})${ORDINAL}\\s*(?:de\\s+|of\\s+|-)?(${MONTH})\\b\\.?(?:,?\\s*(?:de\\s+)?(\\d{4}))?`, 'g'),
    resolve: ([, day, month, year], from) => dayAndMonth(Number(day), monthIndex(month), year, from),
  },
  {
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}?(${MONTH})\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4}))?`, 'g'),
    resolve: ([, month, day, year], from) => dayAndMonth(Number(day), monthIndex(month), year, from),
  },
  {
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}(\\d{1,2})${ORDINAL}\\b`, 'g'),
    resolve: ([weekday, day], from) => dayOfComingMonth(Number(day), weekdayIndex(weekday), from),
  },
  {
    pattern: new RegExp(`\\b(${WEEKDAY})\\b`, 'g'),
    resolve: ([weekday], from) => nextWeekday(weekdayIndex(weekday), from),
  },
];

/** "back on", "de vuelta", "ab dem …": the date named is the first working day. */
const RETURN_CUE =
  /(?<!get |getting )\bback\b|\breturn\w*|\bde vuelta\b|\bregres\w*|\bvuelvo\b|\bvolver\w*|\bvolto\b|\bvoltarei\b|\bretorn\w*|\bde retour\b|\bretour\b|\breviens\b|\breviendrai\b|\bwieder\b|\bzuruck\b|\bab\b|\ba partir d\w*|\brientr\w*|\bterug\b|\bavailable again\b|\breincorpor\w*/g;
/** "until", "jusqu'au", "bis": the date named ends the absence. */
const UNTIL_CUE = /\b(?:until|till|through|thru|hasta|ate|jusqu'?\s?(?:au|a)|bis|fino al?|tot)\b/g;
/** "bis einschließlich X", "until X inclusive": X is still a day off. */
const INCLUSIVE_BEFORE = /\b(?:einschliesslich|inklusive|inclusive|through|thru|tot en met)\s*$/;
const INCLUSIVE_AFTER = /^\s*\(?(?:inclusive|incl|einschliesslich|inklusive|inclus|incluido|incluso|inclusief|compreso)\b/;
/** German puts the verb last: "ab dem 16.12. wieder erreichbar". */
const RETURN_CUE_AFTER = /^[^.\n]{0,25}\b(?:wieder|zuruck)\b/;
const CUE_WINDOW_CHARS = 50;

/**
 * The day the sender says they are back, at 00:00 UTC, or null when no date is stated. Dates
 * without a year are the next such date on or after receivedAt.
 */
export function extractReturnDate(text: string, receivedAt: Date): Date | null {
  const normalised = normalise(text);
  const cued = findDateMentions(normalised, receivedAt).map((mention, index, mentions) => {
    // The window stops at the previous date so that one cue is not credited to two dates.
    const before = normalised.slice(Math.max(mentions[index - 1]?.end ?? 0, mention.start - CUE_WINDOW_CHARS), mention.start);
    const after = normalised.slice(mention.end, mention.end + CUE_WINDOW_CHARS);
    return { date: mention.date, before, after, cue: nearestCue(before, after) };
  });
  // An explicit "back on" beats "until", which people often pair with the last day away.
  const back = cued.find(({ cue }) => cue === 'return');
  if (back) return back.date;
  const until = cued.find(({ cue }) => cue === 'until');
  if (!until) return null;
  return INCLUSIVE_BEFORE.test(until.before) || INCLUSIVE_AFTER.test(until.after) ? addDays(until.date, 1) : until.date;
}

function nearestCue(before: string, after: string): 'return' | 'until' | null {
  const lastReturn = lastMatchIndex(RETURN_CUE, before);
  const lastUntil = lastMatchIndex(UNTIL_CUE, before);
  if (lastReturn === -1 && lastUntil === -1) return RETURN_CUE_AFTER.test(after) ? 'return' : null;
  return lastReturn > lastUntil ? 'return' : 'until';
}

function lastMatchIndex(pattern: RegExp, text: string): number {
  return [...text.matchAll(pattern)].reduce((last, match) => Math.max(last, match.index), -1);
}

/** Non-overlapping mentions in reading order; where patterns overlap, the longer reading wins. */
function findDateMentions(text: string, from: Date): DateMention[] {
  const candidates = DATE_PATTERNS.flatMap(({ pattern, resolve }) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const date = resolve(match.slice(1), from);
      return date ? [{ start: match.index, end: match.index + match[0].length, date }] : [];
    }),
  ).sort((a, b) => a.start - b.start || b.end - a.end);

  const mentions: DateMention[] = [];
  for (const candidate of candidates) {
    const previous = mentions.at(-1);
    if (!previous || candidate.start >= previous.end) mentions.push(candidate);
  }
  return mentions;
}

function dayAndMonth(day: number, month: number, year: string | undefined, from: Date): Date | null {
  if (year !== undefined) return calendarDate(year.length === 2 ? 2000 + Number(year) : Number(year), month, day);
  const today = startOfDay(from);
  const thisYear = calendarDate(today.getUTCFullYear(), month, day);
  return thisYear && thisYear >= today ? thisYear : calendarDate(today.getUTCFullYear() + 1, month, day);
}

/** "regreso el lunes 14": the next 14th, preferring one that falls on the named weekday. */
function dayOfComingMonth(day: number, weekday: number, from: Date): Date | null {
  const today = startOfDay(from);
  const coming = Array.from({ length: 12 }, (_, offset) => calendarDate(today.getUTCFullYear(), today.getUTCMonth() + offset, day)).filter(
    (date): date is Date => date !== null && date >= today,
  );
  return coming.find((date) => date.getUTCDay() === weekday) ?? coming[0] ?? null;
}

/** Strictly after the day received: "back Monday" sent on a Monday means next week. */
function nextWeekday(weekday: number, from: Date): Date {
  const today = startOfDay(from);
  return addDays(today, ((weekday - today.getUTCDay() + 6) % 7) + 1);
}

/** Null for impossible dates such as 31/11, which Date.UTC would silently roll over. */
function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month, day));
  const expectedMonth = ((month % 12) + 12) % 12;
  return month >= 0 && day >= 1 && date.getUTCDate() === day && date.getUTCMonth() === expectedMonth ? date : null;
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function monthIndex(name: string | undefined): number {
  return MONTH_BY_NAME.get(name ?? '') ?? -1;
}

function weekdayIndex(name: string | undefined): number {
  return WEEKDAY_BY_NAME.get((name ?? '').replace(/-feira$/, '')) ?? -1;
}

function indexNames(groups: readonly string[][]): Map<string, number> {
  return new Map(groups.flatMap((names, index) => names.map((name): [string, number] => [name, index])));
}

/** Longest first, so "janvier" is not read as "jan" followed by noise. */
function alternation(groups: readonly string[][]): string {
  return [...new Set(groups.flat())].sort((a, b) => b.length - a.length).join('|');
}

// ---------------------------------------------------------------------------------------------
// Text

/** Lower case without accents or typographic apostrophes, so one pattern covers "Büro" and "Buro". */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'");
}

/** The quoted original may mention dates or absences of its own. */
function stripQuotedLines(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
}
