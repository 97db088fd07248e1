import { SELECTION_STAGES, type SelectionStage } from '@rapport/shared/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class AdverseImpactQueryDto {
  /** One opening; all openings (each, and pooled) when omitted. */
  @IsOptional()
  @IsUUID('all', { message: 'openingId must be an opening id' })
  openingId?: string;

  /** One stage; every stage from applied to offer when omitted. */
  @IsOptional()
  @IsIn(SELECTION_STAGES, { message: `stage must be one of: ${SELECTION_STAGES.join(', ')}` })
  stage?: SelectionStage;
}
