import { REVIEW_THEMES, type ReviewTheme } from '@rapport/shared/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { KeysetQueryDto } from '../../../common/pagination/keyset';
import { IsCalendarDate, IsMonth } from '../../culture/shared/dates';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS_PER_THEME } from './review-themes';

export class ReviewThemeRuleDto {
  @IsIn(REVIEW_THEMES, { message: `theme must be one of: ${REVIEW_THEMES.join(', ')}` })
  theme!: ReviewTheme;

  @IsArray()
  @ArrayMaxSize(MAX_KEYWORDS_PER_THEME)
  @IsString({ each: true })
  @MaxLength(MAX_KEYWORD_LENGTH, { each: true, message: `each keyword is at most ${MAX_KEYWORD_LENGTH} characters` })
  // Words of letters, digits, apostrophes, & or hyphens, each with an optional trailing * ("call* back").
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N}'’&-]*\*?(\s+[\p{L}\p{N}][\p{L}\p{N}'’&-]*\*?)*$/u, {
    each: true,
    message: 'a keyword is one or more words of letters, digits, apostrophes or hyphens, each with an optional * at its end',
  })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((k) => (typeof k === 'string' ? k.trim().toLowerCase() : k)) : value))
  keywords!: string[];
}

export class UpdateReviewThemesDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(REVIEW_THEMES.length)
  // Without IsObject, class-validator lets nested arrays ([[[]]]) through ValidateNested.
  @IsObject({ each: true, message: 'each rule must be an object {theme, keywords}' })
  @ValidateNested({ each: true })
  @Type(() => ReviewThemeRuleDto)
  rules!: ReviewThemeRuleDto[];
}

export class ReviewsQueryDto extends KeysetQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'locationId must be a location id' })
  locationId?: string;

  @IsOptional()
  @IsIn(REVIEW_THEMES, { message: `theme must be one of: ${REVIEW_THEMES.join(', ')}` })
  theme?: ReviewTheme;

  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ReviewSummaryQueryDto {
  /** First month (YYYY-MM); default: 11 months before `to`. */
  @IsOptional()
  @IsMonth()
  from?: string;

  /** Last month (YYYY-MM); default: this month. */
  @IsOptional()
  @IsMonth()
  to?: string;

  @IsOptional()
  @IsIn(['month', 'quarter'], { message: 'period must be month or quarter' })
  period: 'month' | 'quarter' = 'month';

  @IsOptional()
  @IsUUID('all', { message: 'locationId must be a location id' })
  locationId?: string;
}
