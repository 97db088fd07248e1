import type { CreateReviewCycleRequest, ReviewRatingInput, SaveReviewAssignmentRequest } from '@rapport/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { trim } from '../../../common/validation/transforms';
import { IsCalendarDate } from '../shared/dates';
import { IsNotFarFuture } from '../../../common/validation/date-horizon';

export class CreateReviewCycleDto implements CreateReviewCycleRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsCalendarDate()
  @IsNotFarFuture({ years: 2 })
  periodStart!: string;

  @IsCalendarDate()
  @IsNotFarFuture({ years: 2 })
  periodEnd!: string;

  /** Subjects from these locations only; all locations when omitted. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'locationIds must name at least one location (omit it for all)' })
  @ArrayUnique()
  @IsUUID('all', { each: true })
  locationIds?: string[];

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  peersPerPerson?: number;

  @IsOptional()
  @IsBoolean()
  includeUpward?: boolean;
}

export class ReviewRatingDto implements ReviewRatingInput {
  @IsUUID()
  competencyId!: string;

  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(1, { message: 'rating must be from 1 to 5' })
  @Max(5, { message: 'rating must be from 1 to 5' })
  rating!: number;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class SaveReviewAssignmentDto implements SaveReviewAssignmentRequest {
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => ReviewRatingDto)
  ratings!: ReviewRatingDto[];
}

export class MyAssignmentsQueryDto extends ListQueryDto {
  @IsOptional()
  @IsUUID()
  cycleId?: string;

  @IsOptional()
  @IsIn(['open', 'closed'], { message: 'cycleStatus must be open or closed' })
  cycleStatus?: 'open' | 'closed';
}

export class ResultsQueryDto {
  @IsUUID()
  staffMemberId!: string;
}
