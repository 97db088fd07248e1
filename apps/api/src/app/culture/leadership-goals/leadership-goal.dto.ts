import { PartialType } from '@nestjs/swagger';
import type { CreateCheckInRequest, CreateLeadershipGoalRequest, UpdateLeadershipGoalRequest } from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { trim } from '../../../common/validation/transforms';
import { IsCalendarDate } from '../shared/dates';
import { IsNotFarFuture } from '../../../common/validation/date-horizon';
import { IsVersion } from '../../../common/persistence/optimistic-lock';

export class CreateLeadershipGoalDto implements CreateLeadershipGoalRequest {
  /** The leader who owns the goal (a user with the role leader or owner). */
  @IsUUID()
  ownerId!: string;

  @IsUUID()
  competencyId!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  description!: string;

  /** What success looks like, e.g. "upward empathy ≥ 4.2 by the Q3 cycle". */
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  target!: string;

  @IsCalendarDate()
  @IsNotFarFuture({ years: 5 })
  dueDate!: string;
}

export class UpdateLeadershipGoalDto extends PartialType(CreateLeadershipGoalDto) implements UpdateLeadershipGoalRequest {
  @IsVersion()
  version!: number;
}

export class CreateCheckInDto implements CreateCheckInRequest {
  @IsInt({ message: 'progress must be a whole number from 0 to 100' })
  @Min(0, { message: 'progress must be from 0 to 100' })
  @Max(100, { message: 'progress must be from 0 to 100' })
  progress!: number;

  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  note!: string;

  /** The day the progress was made: today at the latest (a day of slack for time zones). */
  @IsCalendarDate()
  @IsNotFarFuture({ days: 1 })
  date!: string;
}

export class GoalQueryDto extends ListQueryDto {
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}
