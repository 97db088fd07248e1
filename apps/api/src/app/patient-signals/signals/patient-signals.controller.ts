import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/roles.decorator';
import { RangeQueryDto } from '../../culture/culture-scores/culture-scores.dto';
import { CULTURE_OVERSEERS, GOAL_ROLES } from '../../culture/culture.roles';
import { UuidParam } from '../../../common/validation/uuid-param';
import { ThreeWayGapService } from '../three-way-gap/three-way-gap.service';
import { PatientSignalsService } from './patient-signals.service';

@ApiTags('patient-signals')
@Controller()
export class PatientSignalsController {
  constructor(
    private readonly signals: PatientSignalsService,
    private readonly gap: ThreeWayGapService,
  ) {}

  /** Per location × competency: patients' survey mean next to the staff 360 mean (months `from`..`to`). */
  @Get('patient-signals')
  @Roles(...CULTURE_OVERSEERS)
  byLocation(@Query() query: RangeQueryDto) {
    return this.signals.byLocation(query);
  }

  /** Self, staff (upward, anonymous) and patients per competency. The leader themself, owner/admin/HR; else 404. */
  @Get('leaders/:id/three-way-gap')
  @Roles(...GOAL_ROLES)
  threeWayGap(@UuidParam() id: string) {
    return this.gap.of(id);
  }
}
