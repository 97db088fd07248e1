import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ValidationFailedException } from '../filters/validation-exception';

/** Largest page any keyset-paginated list returns. */
export const MAX_PAGE_SIZE = 200;

/** `?cursor=&limit=` of a keyset-paginated list. */
export class KeysetQueryDto {
  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 50;
}

/** Position after the last row of a page: its sort key and id (the tie-breaker). */
export interface KeysetPosition {
  key: string;
  id: string;
}

export const encodeCursor = (position: KeysetPosition) => Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');

/** The position a cursor encodes; a cursor that was not made by `encodeCursor` is a 400 naming `cursor`. */
export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string' && v.length <= 64)) {
      const [key, id] = value as [string, string];
      if (/^[0-9a-f-]{36}$/i.test(id)) return { key, id };
    }
  } catch {
    // fall through
  }
  throw new ValidationFailedException([{ field: 'cursor', message: 'cursor is not one this list returned; start again without it' }]);
}

/** One page from `limit + 1` rows fetched in order: the extra row only says that there is a next page. */
export function keysetPage<T, R>(rows: T[], limit: number, position: (row: T) => KeysetPosition, map: (row: T) => R) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(map), nextCursor: rows.length > limit && last ? encodeCursor(position(last)) : null };
}
