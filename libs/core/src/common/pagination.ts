import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
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
 * Keyset pagination in a deterministic order: ascending on `props` of the entity aliased `alias`,
 * the last one unique (the id).
 */
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, props: Array<keyof T & string>, q: ListQuery): Promise<Page<T>> {
  const limit = q.limit ?? 50;
  if (q.cursor) {
    const values = decode(q.cursor, props.length);
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    qb.andWhere(`(${props.map((p) => `${alias}.${snake(p)}`).join(', ')}) > (${values.map((_, i) => `:cursor${i}`).join(', ')})`, params);
  }
  props.forEach((p, i) => (i === 0 ? qb.orderBy(`${alias}.${p}`, 'ASC') : qb.addOrderBy(`${alias}.${p}`, 'ASC')));
  const rows = await qb.limit(limit + 1).getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? encode(
          props.map((p) => {
            const v = last[p] as unknown;
            return v instanceof Date ? v.toISOString() : (v as string | number);
          }),
        )
      : null;
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
