import { CULTURE_LEVELS, CULTURE_PERIODS, HEATMAP_GROUPINGS, type CultureLevel, type CulturePeriod, type HeatmapGrouping } from '@rapport/shared/contracts';
import { IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, ValidateBy, type ValidationOptions } from 'class-validator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
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

/** Range, then a page of subjects in name order (`limit` 1–500, default 500; `cursor` from `nextCursor`). */
export class CultureScoresQueryDto extends IntersectionType(RangeQueryDto, ListQueryDto) {
  @IsOptional()
  @IsIn(CULTURE_LEVELS, { message: `level must be one of: ${CULTURE_LEVELS.join(', ')}` })
  level: CultureLevel = 'staff';

  @IsOptional()
  @IsIn(CULTURE_PERIODS, { message: `period must be one of: ${CULTURE_PERIODS.join(', ')}` })
  period: CulturePeriod = 'month';

  /** Staff level: only this person (404 when the caller may not see their scores). */
  @IsOptional()
  @IsUUID('all', { message: 'staffMemberId must be a UUID' })
  staffMemberId?: string;
}

export class HeatmapQueryDto extends RangeQueryDto {
  @IsOptional()
  @IsIn(HEATMAP_GROUPINGS, { message: `by must be one of: ${HEATMAP_GROUPINGS.join(', ')}` })
  by: HeatmapGrouping = 'location';
}
