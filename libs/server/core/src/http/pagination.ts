import { ApiPropertyOptional } from '@nestjs/swagger';
import type { Pagination } from '@parley/shared-types';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1, example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage?: number;
}

export function pageOf(query: PageQueryDto): { page: number; perPage: number; offset: number } {
  const page = query.page ?? 1;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  return { page, perPage, offset: (page - 1) * perPage };
}

export const paginationOf = (page: number, perPage: number, total: number): Pagination => ({
  page,
  perPage,
  total,
  pages: Math.ceil(total / perPage),
});

/**
 * Runs a list query newest first (ties broken by id, so pages are stable) and returns one page with
 * its pagination.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: PageQueryDto,
  /** Sorted by before the default order (newest first): an SQL expression ascending (e.g. search relevance), or a column and direction. */
  first?: string | { by: string; direction: 'ASC' | 'DESC'; nulls: 'NULLS FIRST' | 'NULLS LAST' },
): Promise<{ items: T[]; pagination: Pagination }> {
  const { page, perPage, offset } = pageOf(query);
  const alias = qb.alias;
  if (typeof first === 'string') qb.orderBy(first, 'ASC').addOrderBy(`${alias}.createdAt`, 'DESC');
  else if (first) qb.orderBy(first.by, first.direction, first.nulls).addOrderBy(`${alias}.createdAt`, 'DESC');
  else qb.orderBy(`${alias}.createdAt`, 'DESC');
  const [items, total] = await qb
    .addOrderBy(`${alias}.id`, 'DESC')
    .skip(offset)
    .take(perPage)
    .getManyAndCount();
  return { items, pagination: paginationOf(page, perPage, total) };
}
