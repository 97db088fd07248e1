import {
  APPLICATION_STAGES,
  DECISIONS,
  type ApplicationStage,
  type CreateApplicationRequest,
  type Decision,
  type DecisionRequest,
  type StageChangeRequest,
} from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { trim } from '../../../common/validation/transforms';

export class CreateApplicationDto implements CreateApplicationRequest {
  @IsUUID()
  candidateId!: string;

  @IsUUID()
  openingId!: string;
}

export class ApplicationQueryDto extends ListQueryDto {
  @IsOptional()
  @IsUUID()
  openingId?: string;

  @IsOptional()
  @IsUUID()
  candidateId?: string;
}

export class StageChangeDto implements StageChangeRequest {
  @IsIn(APPLICATION_STAGES, { message: `stage must be one of: ${APPLICATION_STAGES.join(', ')}` })
  stage!: ApplicationStage;

  /** Required when rejecting. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class DecisionDto implements DecisionRequest {
  @IsIn(DECISIONS, { message: `decision must be one of: ${DECISIONS.join(', ')}` })
  decision!: Decision;

  /** Why: required, kept with the decision. */
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'rationale is required' })
  @MaxLength(5000)
  rationale!: string;
}
