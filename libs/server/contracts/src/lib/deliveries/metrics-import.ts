import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppException, PayloadTooLargeException, Tenancy, ValidationException, type AppConfig, type AuthContext } from '@parley/server-core';
import { parse } from 'csv-parse';
import { DeliveriesService } from './deliveries.service';
import type { UpdateDeliveryDto } from './deliveries.dto';

export const METRIC_COLUMNS = ['views', 'likes', 'comments', 'shares', 'clicks', 'saves', 'reach'] as const;
type MetricColumn = (typeof METRIC_COLUMNS)[number];
type Column = MetricColumn | 'deliveryId' | 'contentUrl';

/** Header names are matched loosely: "Delivery ID", "delivery_id" and "deliveryId" are one column. */
const squash = (name: string) => name.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
const COLUMNS = new Map<string, Column>([...METRIC_COLUMNS.map((c) => [c, c] as const), ['deliveryid', 'deliveryId'], ['id', 'deliveryId'], ['contenturl', 'contentUrl'], ['url', 'contentUrl'], ['posturl', 'contentUrl']]);

export interface ImportRowError {
  row: number;
  field?: string;
  message: string;
}

/** The same link however it was copied: no scheme, no www., no trailing slash, host in lower case. */
export const normalizeUrl = (url: string) => {
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/?#]+)([^?#]*)/i.exec(url.trim());
  return m ? `${m[1].toLowerCase()}${m[2].replace(/\/+$/, '')}` : url.trim();
};

/**
 * Figures from a CSV (an analytics export, a spreadsheet): each row names its delivery by id or by
 * the post's link and gives any of the metric columns. Good rows are applied through the same update
 * as a person's edit, labelled `import` in the history; bad rows are reported by line and field.
 */
@Injectable()
export class MetricsImport {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly deliveries: DeliveriesService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'IMPORT_MAX_ROWS'>,
  ) {}

  async importCsv(auth: AuthContext, input: Readable): Promise<{ updated: number; errors: ImportRowError[] }> {
    const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }));
    let header: (Column | null)[] | null = null;
    let line = 1;
    let rows = 0;
    let updated = 0;
    const errors: ImportRowError[] = [];
    const byUrl = await this.urlIndex(auth.storeId);
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = record.map((h) => COLUMNS.get(squash(h)) ?? null);
        const unknown = record.filter((h, i) => h !== '' && header![i] === null);
        if (unknown.length) throw new ValidationException([{ field: 'file', messages: [`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; expected deliveryId or contentUrl, then ${METRIC_COLUMNS.join(', ')}`] }]);
        if (!header.includes('deliveryId') && !header.includes('contentUrl')) throw new ValidationException([{ field: 'file', messages: ['a deliveryId or a contentUrl column must say which delivery each row is'] }]);
        continue;
      }
      line++;
      if (++rows > this.config.IMPORT_MAX_ROWS) throw new PayloadTooLargeException(`The file holds more than ${this.config.IMPORT_MAX_ROWS} rows`);
      const cell = (c: Column) => {
        const i = header!.indexOf(c);
        return i < 0 ? '' : (record[i] ?? '');
      };
      const rowErrors: ImportRowError[] = [];
      const dto: UpdateDeliveryDto = {};
      for (const m of METRIC_COLUMNS) {
        const raw = cell(m).replace(/[,_\s]/g, '');
        if (raw === '') continue;
        if (!/^\d{1,10}$/.test(raw) || Number(raw) > 2_000_000_000) rowErrors.push({ row: line, field: m, message: `${m} must be a whole number, 0 or more (got "${cell(m)}")` });
        else dto[m] = Number(raw);
      }
      const id = cell('deliveryId') || (cell('contentUrl') ? byUrl.get(normalizeUrl(cell('contentUrl'))) : undefined);
      if (!id) rowErrors.push({ row: line, field: cell('deliveryId') || cell('contentUrl') ? (cell('deliveryId') ? 'deliveryId' : 'contentUrl') : 'deliveryId', message: cell('contentUrl') ? `no delivery has the link ${cell('contentUrl')}` : 'each row needs a deliveryId or a contentUrl' });
      else if (!/^[0-9a-f-]{36}$/i.test(id)) rowErrors.push({ row: line, field: 'deliveryId', message: `${id} is not a delivery id` });
      if (!Object.keys(dto).length && !rowErrors.length) rowErrors.push({ row: line, message: `no figures in this row (${METRIC_COLUMNS.join(', ')})` });
      if (rowErrors.length) {
        errors.push(...rowErrors);
        continue;
      }
      try {
        await this.deliveries.update(auth, id!, dto, 'import');
        updated++;
      } catch (error) {
        if (!(error instanceof AppException)) throw error;
        errors.push({ row: line, field: error.code === 'NOT_FOUND' ? 'deliveryId' : undefined, message: error.code === 'NOT_FOUND' ? `no delivery ${id} in this store` : error.message });
      }
    }
    if (!header) throw new ValidationException([{ field: 'file', messages: ['the file is empty: it needs a header row and one row per delivery'] }]);
    return { updated, errors };
  }

  /** The store's deliveries by their normalised content link. */
  private async urlIndex(storeId: string): Promise<Map<string, string>> {
    const rows = await this.tenancy.query<{ id: string; content_url: string }>(storeId, `SELECT id, content_url FROM content_deliveries WHERE store_id = $1 AND content_url IS NOT NULL AND status <> 'cancelled'`);
    return new Map(rows.map((r) => [normalizeUrl(r.content_url), r.id]));
  }
}
