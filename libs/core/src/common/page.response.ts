import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** A page of a list response: `{ items, nextCursor }`, with `items` of the given class (OpenAPI only). */
export function PageOf<T>(item: Type<T>, name: string): Type<{ items: T[]; nextCursor: string | null }> {
  class Page {
    @ApiProperty({ type: item, isArray: true }) items: T[];
    @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' }) nextCursor: string | null;
  }
  Object.defineProperty(Page, 'name', { value: name });
  return Page;
}
