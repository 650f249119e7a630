import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from './app-error';

export class ListQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * One field a list may be sorted on: an entity property, and for a nullable one the value that
 * stands in for NULL (as SQL and as the cursor value), so NULLs sort last ascending and pages stay exact.
 */
export interface SortKey {
  prop: string;
  nulls?: { sql: string; value: string };
}

/** The values of a list's `sort` parameter: each field ascending, and with a leading `-` descending. */
export const sortValues = (fields: readonly string[]) => fields.flatMap((f) => [f, `-${f}`]);

/** The validated `sort` query parameter of a list; an unknown value is a 400 naming `sort`. */
export function SortParam(fields: readonly string[], defaultSort: string) {
  const values = sortValues(fields);
  return applyDecorators(
    ApiPropertyOptional({ enum: values, default: defaultSort, description: 'The field to sort on; a leading - sorts descending. Ties are broken by id, so a cursor never repeats or skips a row.' }),
    IsOptional(),
    IsIn(values, { message: `must be one of ${values.join(', ')}` }),
  );
}

const encode = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
function decode(cursor: string, n: number): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v;
  } catch {
    /* fall through */
  }
  throw AppError.validation('cursor', 'is not a cursor this list gave out');
}

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Keyset pagination of the entity aliased `alias`, sorted on `q.sort` (one of `sorts`, `-` for
 * descending; `defaultSort` when left out) and then on its id in the same direction. The cursor holds
 * the sort, the last row's sort value and its id, so paging through ties yields every row once.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  q: ListQuery & { sort?: string },
  sorts: Record<string, SortKey> = { createdAt: { prop: 'createdAt' } },
  defaultSort = 'createdAt',
): Promise<Page<T>> {
  const limit = q.limit ?? 50;
  const sort = q.sort ?? defaultSort;
  const desc = sort.startsWith('-');
  const key = sorts[desc ? sort.slice(1) : sort];
  if (!key) throw AppError.validation('sort', `must be one of ${sortValues(Object.keys(sorts)).join(', ')}`);
  const column = `${alias}.${snake(key.prop)}`;
  const expr = key.nulls ? `COALESCE(${column}, ${key.nulls.sql})` : column;
  const direction = desc ? 'DESC' : 'ASC';
  if (q.cursor) {
    const [tag, value, id] = decode(q.cursor, 3);
    if (tag !== sort) throw AppError.validation('cursor', 'belongs to another sort order; start again without a cursor');
    qb.andWhere(`(${expr}, ${alias}.id) ${desc ? '<' : '>'} (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: id });
  }
  qb.orderBy(key.nulls ? expr : `${alias}.${key.prop}`, direction).addOrderBy(`${alias}.id`, direction);
  const rows = await qb.limit(limit + 1).getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > limit && last) {
    const v = last[key.prop] as unknown;
    nextCursor = encode([sort, v === null || v === undefined ? (key.nulls?.value ?? null) : v instanceof Date ? v.toISOString() : v, last.id]);
  }
  return { items, nextCursor };
}

/** Offset pagination over a list already ordered in memory (the queue). */
export function pageOf<T>(all: T[], q: ListQuery): Page<T> {
  const limit = q.limit ?? 50;
  const start = q.cursor ? Number(decode(q.cursor, 1)[0]) : 0;
  if (!Number.isInteger(start) || start < 0) throw AppError.validation('cursor', 'is not a cursor this list gave out');
  const items = all.slice(start, start + limit);
  return { items, nextCursor: start + limit < all.length ? encode([start + limit]) : null };
}
