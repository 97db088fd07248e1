import { CULTURE_LEVELS, CULTURE_PERIODS, HEATMAP_GROUPINGS, type CultureLevel, type CulturePeriod, type HeatmapGrouping } from '@rapport/shared/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { LIST_PAGE_SIZE, MAX_CURSOR_LENGTH, MAX_LIST_PAGE_SIZE } from '../../../common/pagination/list-query.dto';
import { isCalendarDate, isMonth } from '../shared/dates';

/** `YYYY-MM` or `YYYY-MM-DD` (the month of the day is used). */
const IsMonthOrDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isMonthOrDate',
      validator: {
        validate: (v: unknown) => isMonth(v) || isCalendarDate(v),
        defaultMessage: (args) => `${args?.property} must be a month (YYYY-MM) or a date (YYYY-MM-DD)`,
      },
    },
    options,
  );

export class RangeQueryDto {
  /** First month (default: 11 months before `to`). */
  @IsOptional()
  @IsMonthOrDate()
  from?: string;

  /** Last month (default: this month). */
  @IsOptional()
  @IsMonthOrDate()
  to?: string;
}

export class CultureScoresQueryDto extends RangeQueryDto {
  /** Subjects per page, in name order, 1–500 (default 500); follow `nextCursor` for the rest. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_LIST_PAGE_SIZE, { message: `limit must be at most ${MAX_LIST_PAGE_SIZE}` })
  limit = LIST_PAGE_SIZE;

  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CURSOR_LENGTH, { message: 'cursor is not one this list returned; start again without it' })
  cursor?: string;

  @IsOptional()
  @IsIn(CULTURE_LEVELS, { message: `level must be one of: ${CULTURE_LEVELS.join(', ')}` })
  level: CultureLevel = 'staff';

  @IsOptional()
  @IsIn(CULTURE_PERIODS, { message: `period must be one of: ${CULTURE_PERIODS.join(', ')}` })
  period: CulturePeriod = 'month';
}

export class HeatmapQueryDto extends RangeQueryDto {
  @IsOptional()
  @IsIn(HEATMAP_GROUPINGS, { message: `by must be one of: ${HEATMAP_GROUPINGS.join(', ')}` })
  by: HeatmapGrouping = 'location';
}
