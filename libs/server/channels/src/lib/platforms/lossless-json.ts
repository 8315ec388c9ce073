import { isInteger, parse } from 'lossless-json';

/**
 * JSON.parse for platform answers. TikTok (and sometimes Meta) send 19-digit ids as bare JSON
 * numbers, which JSON.parse silently rounds to the nearest double; those come back as strings with
 * their exact digits instead. Every other number stays a number, and a repeated key keeps its last
 * value, as JSON.parse does (lossless-json would throw).
 */
export function parseJsonKeepingBigIds(text: string): unknown {
  return parse(text, null, {
    parseNumber: (digits) => (isInteger(digits) && !Number.isSafeInteger(Number(digits)) ? digits : Number(digits)),
    onDuplicateKey: ({ newValue }) => newValue,
  });
}
