import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, PayloadTooLargeException, Tenancy, ValidationException, flattenValidationErrors, type AppConfig, type AuthContext } from '@parley/server-core';
import { normalizeMoney, type ImportResult, type ImportRowError } from '@parley/shared-types';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateInfluencerDto } from './influencer.dto';
import { CsvFormatError, readInfluencerCsv, recordToInput } from './influencer-csv';

/** Rows per INSERT: 1,000 rows travel as one JSON parameter. */
const BATCH_SIZE = 1000;

interface ValidRow {
  row: number;
  input: CreateInfluencerDto;
}

/**
 * Influencer import from CSV or JSON: every row validated like a POST, bad rows reported with their
 * line, good rows upserted on (store, platform, username) in one transaction.
 */
@Injectable()
export class InfluencerImportService {
  constructor(
    private readonly tenancy: Tenancy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async importCsv(auth: AuthContext, file: Readable): Promise<ImportResult> {
    const rows: { row: number; input: Record<string, unknown> }[] = [];
    try {
      for await (const record of readInfluencerCsv(file)) {
        if (rows.length >= this.config.IMPORT_MAX_ROWS) throw new PayloadTooLargeException(`An import holds at most ${this.config.IMPORT_MAX_ROWS} rows`);
        rows.push({ row: record.line, input: recordToInput(record.values) });
      }
    } catch (error) {
      if (error instanceof CsvFormatError) throw new ValidationException([{ field: 'file', messages: [error.message] }], error.message);
      throw error;
    }
    return this.importRows(auth, rows);
  }

  /** JSON rows are numbered from 1 in array order. */
  async importJson(auth: AuthContext, items: unknown[]): Promise<ImportResult> {
    if (items.length > this.config.IMPORT_MAX_ROWS) throw new PayloadTooLargeException(`An import holds at most ${this.config.IMPORT_MAX_ROWS} rows`);
    return this.importRows(
      auth,
      items.map((input, i) => ({ row: i + 1, input: (input && typeof input === 'object' ? input : { value: input }) as Record<string, unknown> })),
    );
  }

  private async importRows(auth: AuthContext, rows: { row: number; input: Record<string, unknown> }[]): Promise<ImportResult> {
    const errors: ImportRowError[] = [];
    const valid: ValidRow[] = [];
    for (const { row, input } of rows) {
      const dto = plainToInstance(CreateInfluencerDto, input);
      const problems = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
      if (problems.length) {
        errors.push({ row, message: flattenValidationErrors(problems).flatMap((p) => p.messages).join('; ') });
      } else {
        valid.push({ row, input: dto });
      }
    }
    const { unique, duplicates } = dedupe(valid);
    errors.push(...duplicates);
    errors.sort((a, b) => a.row - b.row);
    const { created, updated } = await this.upsert(auth.storeId, unique);
    return { created, updated, errors };
  }

  private upsert(storeId: string, rows: ValidRow[]): Promise<{ created: number; updated: number }> {
    return this.tenancy.transaction(async (manager) => {
      let created = 0;
      let updated = 0;
      for (let i = 0; i < rows.length; i += BATCH_SIZE) {
        const batch = rows.slice(i, i + BATCH_SIZE).map(({ input }) => toRecord(input));
        const result = await this.tenancy.query<{ inserted: boolean }>(storeId, UPSERT_SQL, [JSON.stringify(batch)], manager);
        const inserted = result.filter((r) => r.inserted).length;
        created += inserted;
        updated += result.length - inserted;
      }
      return { created, updated };
    });
  }
}

/** The same creator twice in one file: the later line wins, the earlier is reported. */
function dedupe(rows: ValidRow[]): { unique: ValidRow[]; duplicates: ImportRowError[] } {
  const last = new Map<string, ValidRow>();
  const duplicates: ImportRowError[] = [];
  for (const r of rows) {
    const key = `${r.input.platform}\u0000${r.input.username.toLowerCase()}`;
    const earlier = last.get(key);
    if (earlier) duplicates.push({ row: earlier.row, message: `@${earlier.input.username} on ${earlier.input.platform} appears again on row ${r.row}; the later row was imported` });
    last.set(key, r);
  }
  return { unique: [...last.values()].sort((a, b) => a.row - b.row), duplicates };
}

const toRecord = (d: CreateInfluencerDto) => ({
  username: d.username,
  platform: d.platform,
  display_name: d.displayName ?? null,
  email: d.email ?? null,
  platform_user_id: d.platformUserId ?? null,
  followers_count: d.followersCount,
  engagement_rate: d.engagementRate,
  niche: d.niche ?? [],
  bio: d.bio ?? null,
  typical_rate: d.typicalRate === undefined ? null : normalizeMoney(d.typicalRate),
  country: d.country ?? null,
  language: d.language ?? null,
  timezone: d.timezone ?? null,
});

/**
 * One statement per batch. On conflict, fields the row leaves out keep their stored value (an empty
 * CSV cell means "absent", not "erase"); `xmax = 0` tells an insert from an update.
 */
const UPSERT_SQL = `
INSERT INTO influencers (store_id, username, platform, display_name, email, platform_user_id, followers_count,
                         engagement_rate, niche, bio, typical_rate, country, language, timezone)
SELECT $1, r.username, r.platform, r.display_name, r.email, r.platform_user_id, r.followers_count,
       r.engagement_rate, r.niche, r.bio, r.typical_rate, r.country, r.language, r.timezone
FROM jsonb_to_recordset($2::jsonb) AS r(username text, platform text, display_name text, email text,
     platform_user_id text, followers_count integer, engagement_rate numeric, niche text[], bio text,
     typical_rate numeric, country text, language text, timezone text)
ON CONFLICT (store_id, platform, lower(username)) DO UPDATE SET
  username = EXCLUDED.username,
  display_name = COALESCE(EXCLUDED.display_name, influencers.display_name),
  email = COALESCE(EXCLUDED.email, influencers.email),
  platform_user_id = COALESCE(EXCLUDED.platform_user_id, influencers.platform_user_id),
  followers_count = EXCLUDED.followers_count,
  engagement_rate = EXCLUDED.engagement_rate,
  niche = CASE WHEN cardinality(EXCLUDED.niche) > 0 THEN EXCLUDED.niche ELSE influencers.niche END,
  bio = COALESCE(EXCLUDED.bio, influencers.bio),
  typical_rate = COALESCE(EXCLUDED.typical_rate, influencers.typical_rate),
  country = COALESCE(EXCLUDED.country, influencers.country),
  language = COALESCE(EXCLUDED.language, influencers.language),
  timezone = COALESCE(EXCLUDED.timezone, influencers.timezone),
  updated_at = now()
RETURNING (xmax = 0) AS inserted`;
