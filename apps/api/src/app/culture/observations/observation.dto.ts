import { OBSERVATION_KINDS, type CreateObservationRequest, type ObservationKind } from '@rapport/shared/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CursorQueryDto } from '../../../common/pagination/list-query.dto';
import { trim } from '../../../common/validation/transforms';
import { IsCalendarDate } from '../shared/dates';
import { IsNotFarFuture } from '../../../common/validation/date-horizon';

export class CreateObservationDto implements CreateObservationRequest {
  @IsUUID()
  staffMemberId!: string;

  @IsUUID()
  competencyId!: string;

  @IsIn(OBSERVATION_KINDS, { message: `kind must be one of: ${OBSERVATION_KINDS.join(', ')}` })
  kind!: ObservationKind;

  /** What was seen: the behavior, not a judgment of the person. */
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;

  /** The day it was seen (YYYY-MM-DD), not in the future. */
  @IsCalendarDate()
  @IsNotFarFuture({ days: 1 })
  observedAt!: string;
}

/** Observations keep their own page size (default 200, at most 1000) and `offset`; `cursor` is the way past large offsets. */
export class ObservationQueryDto extends CursorQueryDto {
  @IsOptional()
  @IsUUID()
  staffMemberId?: string;

  /** First day, inclusive (YYYY-MM-DD). */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Last day, inclusive (YYYY-MM-DD). */
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @IsOptional()
  @IsIn(OBSERVATION_KINDS, { message: `kind must be one of: ${OBSERVATION_KINDS.join(', ')}` })
  kind?: ObservationKind;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 200;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
