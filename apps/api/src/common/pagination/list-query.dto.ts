import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/**
 * Page size of a list route when the caller sends no `limit`. It is also the maximum: the routes
 * returned every row before they were paginated, so a client that sends no `limit` still sees
 * every row at practice scale (a few hundred at most) and follows `nextCursor` beyond it.
 */
export const LIST_PAGE_SIZE = 500;
export const MAX_LIST_PAGE_SIZE = 500;

/** Long enough for a cursor on a 200-character name in any script (JSON, then base64url). */
export const MAX_CURSOR_LENGTH = 4096;

/** `?cursor=`: where the previous page ended. */
export class CursorQueryDto {
  /** The `nextCursor` of the previous page; leave it out for the first page. */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CURSOR_LENGTH, { message: 'cursor is not one this list returned; start again without it' })
  cursor?: string;
}

/** `?cursor=&limit=` of a list route (keyset pagination, see keyset-query.ts). */
export class ListQueryDto extends CursorQueryDto {
  /** Rows per page, 1–500 (default 500). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_LIST_PAGE_SIZE, { message: `limit must be at most ${MAX_LIST_PAGE_SIZE}` })
  limit = LIST_PAGE_SIZE;
}
