/**
 * Separates what a person just wrote in an email reply from the history their mail client quoted
 * below it, so reply handling (classification, previews) looks only at the new words.
 */
export interface ReplyParts {
  newest: string;
  quoted: string;
  signature: string | null;
}

// Every header carries a date, so requiring a digit keeps prose such as "On reflection, I wrote:" in place.
const REPLY_HEADERS = [
  /^On\s.*\d.*\swrote:$/i,
  /^El\s.*\d.*\sescribió:$/i,
  /^Em\s.*\d.*\sescreveu:$/i,
  /^Le\s.*\d.*\sa écrit\s?:$/i,
  /^Am\s.*\d.*\sschrieb\s.*:$/i,
];
const REPLY_HEADER_OPENING = /^(On|El|Em|Le|Am)\s/i;

const SEPARATOR_LINES = [
  /^-{2,}\s*(Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Mensagem original)\s*-{2,}$/i,
  /^-{2,}\s*(Forwarded message|Mensaje reenviado|Message transféré|Weitergeleitete Nachricht|Mensagem encaminhada)\s*-{2,}$/i,
  /^(Begin forwarded message|Inicio del mensaje reenviado|Début du message réexpédié|Anfang der weitergeleiteten Nachricht|Início da mensagem reencaminhada)\s?:$/i,
];

// Outlook bolds the field names, which survives into plain text as *From:*.
const FROM_FIELD = /^\*?(From|De|Von)\s?:\*?\s/i;
const OTHER_FIELD = /^\*?(Sent|Date|To|Cc|Subject|Enviado(\sel)?|Fecha|Para|Asunto|Data|Assunto|Envoyé|À|Objet|Gesendet|Datum|An|Betreff)\s?:\*?(\s|$)/i;
const OUTLOOK_RULE = /^_{10,}$/;

const QUOTED_LINE = /^\s*>/;
const SIGNATURE_DELIMITER = /^-- ?$/;
const MOBILE_FOOTER =
  /^(Sent from my \S.*|Sent from (Yahoo Mail|Gmail Mobile|Outlook|Mail for Windows)\b.*|Get Outlook for (iOS|Android)|Enviado desde mi \S.*|Enviado do meu \S.*|Envoyé de mon \S.*|Von meinem \S.* gesendet)$/i;

export function newestText(text: string): ReplyParts {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cut = firstQuoteBoundary(lines);
  const written = joinTrimmed(lines.slice(0, cut));
  if (!written) return fallbackToUnquotedLines(lines);
  return { ...splitSignature(written), quoted: joinTrimmed(lines.slice(cut)) };
}

function firstQuoteBoundary(lines: string[]): number {
  const index = lines.findIndex((_, i) => QUOTED_LINE.test(lines[i]) || replyHeaderLength(lines, i) > 0 || startsHeaderBlock(lines, i));
  return index === -1 ? lines.length : index;
}

/** How many lines the reply header starting at `i` spans (Gmail wraps long ones onto a second line); 0 when none starts there. */
function replyHeaderLength(lines: string[], i: number): number {
  const line = lines[i].trim();
  if (isReplyHeader(line) || SEPARATOR_LINES.some((separator) => separator.test(line))) return 1;
  const next = lines[i + 1]?.trim();
  if (next && REPLY_HEADER_OPENING.test(line) && isReplyHeader(`${line} ${next}`)) return 2;
  return 0;
}

function isReplyHeader(line: string): boolean {
  return REPLY_HEADERS.some((header) => header.test(line));
}

/** A quoted Outlook header: "From:" followed by another header field, optionally under a rule of underscores. */
function startsHeaderBlock(lines: string[], i: number): boolean {
  const start = OUTLOOK_RULE.test(lines[i].trim()) ? nextNonBlank(lines, i + 1) : i;
  return start < lines.length - 1 && FROM_FIELD.test(lines[start].trim()) && OTHER_FIELD.test(lines[start + 1].trim());
}

function nextNonBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && !lines[i].trim()) i++;
  return i;
}

/** Inline answers between quotes, or a reply with nothing above the quote: keep whatever is not quoted. */
function fallbackToUnquotedLines(lines: string[]): ReplyParts {
  const unquoted: string[] = [];
  const quoted: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const headerLength = replyHeaderLength(lines, i);
    if (headerLength > 0) {
      quoted.push(...lines.slice(i, i + headerLength));
      i += headerLength - 1;
    } else {
      (QUOTED_LINE.test(lines[i]) ? quoted : unquoted).push(lines[i]);
    }
  }
  return { ...splitSignature(joinTrimmed(unquoted)), quoted: joinTrimmed(quoted) };
}

function splitSignature(written: string): Pick<ReplyParts, 'newest' | 'signature'> {
  const lines = written.split('\n');
  const delimiter = lastIndexMatching(lines, SIGNATURE_DELIMITER);
  const last = lines.length - 1;
  if (delimiter !== -1) return withSignature(written, lines.slice(0, delimiter), lines.slice(delimiter + 1));
  if (MOBILE_FOOTER.test(lines[last].trim())) return withSignature(written, lines.slice(0, last), [lines[last]]);
  return { newest: written, signature: null };
}

function withSignature(written: string, body: string[], signature: string[]): Pick<ReplyParts, 'newest' | 'signature'> {
  const newest = joinTrimmed(body);
  // A message that is nothing but a signature still has to say something.
  if (!newest) return { newest: written, signature: null };
  return { newest, signature: joinTrimmed(signature) || null };
}

function lastIndexMatching(lines: string[], pattern: RegExp): number {
  for (let i = lines.length - 1; i >= 0; i--) if (pattern.test(lines[i])) return i;
  return -1;
}

function joinTrimmed(lines: string[]): string {
  return lines.join('\n').trim();
}

// html-to-text is only a transitive, untyped dependency (via mailparser), so replies carry their own small converter.
const INVISIBLE_ELEMENTS = /<(head|style|script|title|xml)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const TOKENS = /<(\/?)([a-z][a-z0-9]*)\b[^>]*>|<[!?][^>]*>|[^<]+|</gi;
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'pre',
  'section',
  'article',
  'header',
  'footer',
]);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
  reg: '®',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  agrave: 'à',
  egrave: 'è',
  ugrave: 'ù',
  acirc: 'â',
  ecirc: 'ê',
  icirc: 'î',
  ocirc: 'ô',
  ucirc: 'û',
  atilde: 'ã',
  otilde: 'õ',
  ntilde: 'ñ',
  ccedil: 'ç',
  auml: 'ä',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  iexcl: '¡',
  iquest: '¿',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Agrave: 'À',
  Egrave: 'È',
  Ccedil: 'Ç',
  Ntilde: 'Ñ',
  Atilde: 'Ã',
  Otilde: 'Õ',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
};

interface TextLine {
  text: string;
  quoteDepth: number;
}

/** Text for mails that only have an HTML part; blockquotes become "> " lines so newestText treats them as quotes. */
export function htmlToReplyText(html: string): string {
  const lines: TextLine[] = [];
  let current: TextLine = { text: '', quoteDepth: 0 };
  let quoteDepth = 0;
  const breakLine = () => {
    lines.push(current);
    current = { text: '', quoteDepth };
  };
  // Block boundaries only end a line that has something on it, so </p><p> does not leave a blank line;
  // a &nbsp; counts, because that is how Outlook writes an empty paragraph.
  const endBlock = () => {
    if (/[^ \t\r\n\f]/.test(current.text)) breakLine();
    else current = { text: '', quoteDepth };
  };
  for (const [token, closing, tagName] of html.replace(COMMENTS, '').replace(INVISIBLE_ELEMENTS, '').matchAll(TOKENS)) {
    const tag = tagName?.toLowerCase();
    if (tag === 'br') {
      breakLine();
    } else if (tag === 'blockquote') {
      endBlock();
      quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
      current.quoteDepth = quoteDepth;
    } else if (tag && BLOCK_ELEMENTS.has(tag)) {
      endBlock();
    } else if (!tag && !token.startsWith('<!') && !token.startsWith('<?')) {
      current.text += decodeEntities(token).replace(/[ \t\r\n\f]+/g, ' ');
    }
  }
  lines.push(current);
  return lines
    .map(({ text, quoteDepth }) => `${'> '.repeat(quoteDepth)}${text.replace(/\s+/g, ' ').trim()}`.trimEnd())
    .join('\n')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const codePoint = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return NAMED_ENTITIES[name] ?? entity;
  });
}
