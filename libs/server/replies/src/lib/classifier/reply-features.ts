/**
 * Turns a creator's reply into the sparse features the offline reply classifier scores: words,
 * word pairs, character n-grams and a few engineered signals (money, questions, links, length).
 */

/** Feature name → value; absent names are zero. */
export type SparseFeatures = ReadonlyMap<string, number>;

const MIN_CHAR_GRAM = 3;
const MAX_CHAR_GRAM = 5;
const SHORT_TEXT_WORDS = 3;
/** Upper bounds (in words) of the length buckets; anything longer falls in the last one. */
const LENGTH_BUCKETS = [3, 10, 25, 60, 150];

const WORD = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
const COMBINING_MARKS = /\p{M}+/gu;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/;
const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;

// An amount is "2500", "2.500", "2,500.00", "1 200" or "1.2k"; a currency is a symbol, an ISO code
// or a spelled-out name in one of the five languages, on either side of it.
const AMOUNT = String.raw`\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d{1,2})?(?:\s?k\b)?`;
const CURRENCY = String.raw`(?:r\$|us\$|ca\$|a\$|[$€£¥₹]|(?:usd|eur|gbp|brl|mxn|cad|aud|chf|euros?|dollars?|d[oó]lares|reais|pesos?|bucks|franken|francs?)(?!\p{L}))`;
const MONEY = new RegExp(String.raw`(?<!\p{L})${CURRENCY}\s?${AMOUNT}|${AMOUNT}\s?${CURRENCY}|(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?k\b`, 'u');

/** Separate namespaces, so that the word "k" and the n-gram "k" never share a weight. */
const PREFIX = { word: 'w:', bigram: 'b:', charGram: 'c:', signal: '#' } as const;

export function extractReplyFeatures(text: string): SparseFeatures {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = wordsOf(lower);
  const plainWords = words.map(stripDiacritics);

  const features = new Map<string, number>();
  // Groups are scaled to unit length each, so that a long email's hundreds of n-grams neither
  // drown its words nor make its step in training larger than a short reply's.
  addGroup(features, wordFeatures(words, plainWords));
  addGroup(features, bigramFeatures(plainWords));
  addGroup(features, charGramFeatures(plainWords));
  for (const signal of signalsOf(lower, words.length)) features.set(PREFIX.signal + signal, 1);
  return features;
}

/** Exposed for tests: whether the text states an amount of money in any of the supported formats. */
export function mentionsMoney(text: string): boolean {
  return MONEY.test(text.toLowerCase());
}

function wordsOf(lower: string): string[] {
  // Every number reads as one token: "800" and "1500" say the same thing to the classifier.
  return (lower.match(WORD) ?? []).map((word) => (DIGIT.test(word) ? '0' : word));
}

function stripDiacritics(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '');
}

/** Accented words are kept as written and, for creators who type without accents, stripped too. */
function wordFeatures(words: string[], plainWords: string[]): Set<string> {
  const names = new Set<string>();
  words.forEach((word, i) => {
    names.add(PREFIX.word + word);
    names.add(PREFIX.word + plainWords[i]);
  });
  return names;
}

function bigramFeatures(plainWords: string[]): Set<string> {
  const names = new Set<string>();
  for (let i = 1; i < plainWords.length; i++) names.add(`${PREFIX.bigram}${plainWords[i - 1]} ${plainWords[i]}`);
  return names;
}

/** N-grams of "<word>" carry prefixes and suffixes, which is what makes unseen inflections familiar. */
function charGramFeatures(plainWords: string[]): Set<string> {
  const names = new Set<string>();
  for (const word of plainWords) {
    const padded = `<${word}>`;
    for (let size = MIN_CHAR_GRAM; size <= MAX_CHAR_GRAM; size++) {
      for (let start = 0; start + size <= padded.length; start++) names.add(PREFIX.charGram + padded.slice(start, start + size));
    }
  }
  return names;
}

function signalsOf(lower: string, wordCount: number): string[] {
  const signals = [`length:${lengthBucket(wordCount)}`];
  if (MONEY.test(lower)) signals.push('money');
  if (lower.includes('?')) signals.push('question');
  if (URL.test(lower)) signals.push('url');
  if (EMAIL_ADDRESS.test(lower)) signals.push('email');
  if (wordCount <= SHORT_TEXT_WORDS) signals.push('short');
  return signals;
}

function lengthBucket(wordCount: number): number {
  const bucket = LENGTH_BUCKETS.findIndex((bound) => wordCount <= bound);
  return bucket === -1 ? LENGTH_BUCKETS.length : bucket;
}

function addGroup(features: Map<string, number>, names: Set<string>): void {
  const value = 1 / Math.sqrt(names.size);
  for (const name of names) features.set(name, value);
}
