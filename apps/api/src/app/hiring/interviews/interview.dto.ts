import {
  RECOMMENDATIONS,
  type AmendScorecardRequest,
  type RatingInput,
  type Recommendation,
  type SaveScorecardRequest,
  type ScheduleInterviewRequest,
} from '@rapport/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBooleanString,
  IsDateString,
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
import { Nullable } from '../../../common/validation/nullable';
import { IsNotFarFuture } from '../../../common/validation/date-horizon';

export class ScheduleInterviewDto implements ScheduleInterviewRequest {
  @IsUUID()
  applicationId!: string;

  /** ISO 8601 date-time. */
  @IsDateString({ strict: true }, { message: 'scheduledAt must be an ISO 8601 date-time' })
  @IsNotFarFuture({ years: 1 })
  scheduledAt!: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'interviewerIds must name at least one interviewer' })
  @ArrayMaxSize(8)
  @ArrayUnique({ message: 'interviewerIds must not repeat an interviewer' })
  @IsUUID('all', { each: true })
  interviewerIds!: string[];
}

export class InterviewQueryDto extends ListQueryDto {
  /** `true`: only interviews where the caller is on the panel. */
  @IsOptional()
  @IsBooleanString()
  mine?: string;

  @IsOptional()
  @IsUUID()
  applicationId?: string;

  /** Interviews of every application of one opening (the pipeline board). */
  @IsOptional()
  @IsUUID()
  openingId?: string;
}

export class RatingDto implements RatingInput {
  @IsUUID()
  questionId!: string;

  /** 1–5, or null when the question was not asked. */
  @Nullable()
  @IsInt({ message: 'rating must be a whole number from 1 to 5, or null' })
  @Min(1, { message: 'rating must be from 1 to 5' })
  @Max(5, { message: 'rating must be from 1 to 5' })
  rating!: number | null;

  /** What the candidate said or did that justifies the rating. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  evidence?: string;
}

export class SaveScorecardDto implements SaveScorecardRequest {
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => RatingDto)
  ratings!: RatingDto[];

  @IsOptional()
  @Nullable()
  @IsIn(RECOMMENDATIONS, { message: `recommendation must be one of: ${RECOMMENDATIONS.join(', ')}` })
  recommendation?: Recommendation | null;
}

export class AmendScorecardDto implements AmendScorecardRequest {
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => RatingDto)
  ratings!: RatingDto[];

  @IsIn(RECOMMENDATIONS, { message: `recommendation must be one of: ${RECOMMENDATIONS.join(', ')}` })
  recommendation!: Recommendation;

  /** Why the submitted scorecard is being changed; kept in the audit trail with the original. */
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required to amend a submitted scorecard' })
  @MaxLength(2000)
  reason!: string;
}
