import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { QualityOfHire } from '@rapport/shared/contracts';
import { Roles } from '../../../common/decorators/roles.decorator';
import { PANEL_ROLES } from '../../hiring/hiring.roles';
import { QualityOfHireService } from './quality-of-hire.service';

@ApiTags('analytics')
@Controller('analytics/quality-of-hire')
export class QualityOfHireController {
  constructor(private readonly quality: QualityOfHireService) {}

  /**
   * Per competency, kit question and interviewer: Spearman's ρ (95 % CI, n) between interview ratings
   * and hires' later culture scores. Anyone who interviews sees the aggregates; named interviewer rows
   * other than one's own are for HR and the owner.
   */
  @Get()
  @Roles(...PANEL_ROLES)
  report(): Promise<QualityOfHire> {
    return this.quality.report();
  }
}
