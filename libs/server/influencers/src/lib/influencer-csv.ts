import type { Readable } from 'node:stream';
import { parse, type Info } from 'csv-parse';

/** The columns of an influencer CSV, as the API names the fields. */
export const CSV_COLUMNS = [
  'username',
  'platform',
  'displayName',
  'email',
  'platformUserId',
  'followersCount',
  'engagementRate',
  'niche',
  'bio',
  'typicalRate',
  'country',
  'language',
  'timezone',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Header names are matched loosely: "Followers Count", "followers_count" and "followersCount" are one column. */
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const COLUMN_BY_SQUASHED = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [squash(c), c]));
COLUMN_BY_SQUASHED.set('handle', 'username');
COLUMN_BY_SQUASHED.set('followers', 'followersCount');
COLUMN_BY_SQUASHED.set('niches', 'niche');
COLUMN_BY_SQUASHED.set('rate', 'typicalRate');

export class CsvFormatError extends Error {
  constructor(message: string, readonly details?: unknown) {
    super(message);
  }
}

export interface CsvRecord {
  /** The 1-based line of the file where the record ends (the header is line 1). */
  line: number;
  values: Partial<Record<CsvColumn, string>>;
}

/** Maps a header row to columns, refusing unknown or missing required ones with a clear message. */
export function mapHeader(header: string[]): (CsvColumn | null)[] {
  const columns = header.map((h) => COLUMN_BY_SQUASHED.get(squash(h.replace(/^\uFEFF/, ''))) ?? null);
  const unknown = header.filter((h, i) => h.trim() !== '' && columns[i] === null);
  if (unknown.length) {
    throw new CsvFormatError(`Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Expected: ${CSV_COLUMNS.join(', ')}`, { unknown, expected: CSV_COLUMNS });
  }
  const missing = (['username', 'platform'] as const).filter((c) => !columns.includes(c));
  if (missing.length) throw new CsvFormatError(`Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`, { missing });
  return columns;
}

/**
 * Streams a CSV (UTF-8, optional BOM, CRLF or LF, RFC 4180 quoting) into records keyed by column.
 * Empty cells are left out: an empty cell means the field is absent.
 */
export async function* readInfluencerCsv(input: Readable): AsyncGenerator<CsvRecord> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  // pipe() does not forward errors: a failing source (e.g. an upload over the size limit) must stop the parser.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let columns: (CsvColumn | null)[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      if (!columns) {
        columns = mapHeader(record);
        continue;
      }
      const values: Partial<Record<CsvColumn, string>> = {};
      record.forEach((cell, i) => {
        const column = columns?.[i];
        const value = cell.trim();
        if (column && value !== '') values[column] = value;
      });
      yield { line: info.lines, values };
    }
  } catch (error) {
    const e = error as { message?: string; lines?: number; code?: string };
    if (!e.code?.startsWith('CSV_')) throw error;
    throw new CsvFormatError(`The CSV could not be read${e.lines ? ` at line ${e.lines}` : ''}: ${e.message ?? 'parse error'}`);
  }
  if (!columns) throw new CsvFormatError('The CSV is empty: it needs a header row naming the columns');
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Turns a record's strings into the JSON shape of POST /api/influencers, so both paths share one
 * validation. A value that is not a number stays a string, and validation then names the field.
 */
export function recordToInput(values: CsvRecord['values']): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const field of ['followersCount', 'engagementRate'] as const) {
    const raw = values[field];
    if (raw === undefined) continue;
    const cleaned = field === 'followersCount' ? raw.replace(/[,_\s]/g, '') : raw.replace(/%$/, '').trim();
    out[field] = NUMBER.test(cleaned) ? Number(cleaned) : raw;
  }
  if (values.typicalRate !== undefined) out.typicalRate = values.typicalRate.replace(/^[$€£]/, '').replace(/,/g, '');
  out.niche = values.niche === undefined ? [] : values.niche.split(';').map((n) => n.trim()).filter(Boolean);
  return out;
}
