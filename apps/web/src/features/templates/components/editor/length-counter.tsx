import { CHANNEL_LIMITS, type Channel } from '@parley/shared-types';
import { formatInteger } from '@/lib/format';
import { CHANNEL_LABELS } from '../labels';

const encoder = new TextEncoder();

/** Measured the way the API measures: UTF-8 bytes, and characters as code points (an emoji is one). */
export const measureText = (text: string) => ({ bytes: encoder.encode(text).length, characters: [...text].length });

interface Reading {
  /** The figure the channel is limited by, against its limit. */
  main: string;
  /** The other figure, for reference. */
  other: string;
  over: boolean;
}

export function readLength(text: string, channel: Channel): Reading {
  const { bytes, characters } = measureText(text);
  const { maxBytes, maxChars } = CHANNEL_LIMITS[channel];
  const b = `${formatInteger(bytes)} bytes`;
  const c = `${formatInteger(characters)} ${characters === 1 ? 'character' : 'characters'}`;
  if (maxBytes !== null) return { main: `${formatInteger(bytes)} / ${formatInteger(maxBytes)} bytes`, other: c, over: bytes > maxBytes };
  if (maxChars !== null) return { main: `${formatInteger(characters)} / ${formatInteger(maxChars)} characters`, other: b, over: characters > maxChars };
  return { main: c, other: `${b}, no length limit`, over: false };
}

/** The message's live size against the channel's limit; turns to the warning colour when over. Sits inside a field hint. */
export function LengthCounter({ text, channel }: { text: string; channel: Channel }) {
  const { main, other, over } = readLength(text, channel);
  return (
    <span className={over ? 'counter counter--over' : 'counter'}>
      <span className="counter__main">
        {over && '⚠ '}
        {main}
      </span>{' '}
      <span className="counter__other">({other})</span>
      {over && <span className="counter__note"> Over the {CHANNEL_LABELS[channel]} limit, so it cannot be saved like this.</span>}
      {/* Announced only when the limit is crossed, not on every keystroke. */}
      <span className="visually-hidden" role="status">
        {over ? `Over the ${CHANNEL_LABELS[channel]} limit.` : ''}
      </span>
    </span>
  );
}

/** A subject's length against the channel's subject limit. */
export function SubjectCounter({ text, channel }: { text: string; channel: Channel }) {
  const max = CHANNEL_LIMITS[channel].maxSubjectChars;
  const { characters } = measureText(text);
  const over = max !== null && characters > max;
  return (
    <span className={over ? 'counter counter--over' : 'counter'}>
      {over && '⚠ '}
      {formatInteger(characters)}
      {max !== null && ` / ${formatInteger(max)}`} characters
    </span>
  );
}
