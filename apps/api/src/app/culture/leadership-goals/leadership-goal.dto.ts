import { PartialType } from '@nestjs/swagger';
import type { CreateCheckInRequest, CreateLeadershipGoalRequest, UpdateLeadershipGoalRequest } from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { trim } from '../../../common/validation/transforms';
import { IsCalendarDate } from '../shared/dates';

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
  dueDate!: string;
}

export class UpdateLeadershipGoalDto extends PartialType(CreateLeadershipGoalDto) implements UpdateLeadershipGoalRequest {
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
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

  @IsCalendarDate()
  date!: string;
}

export class GoalQueryDto extends ListQueryDto {
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}
