import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsDateString, IsOptional } from 'class-validator';
import { Roles } from '../../../common/decorators/roles.decorator';
import { HIRING_MANAGERS } from '../hiring.roles';
import { CalibrationService } from './calibration.service';

export class PeriodQueryDto {
  @IsOptional()
  @IsDateString({}, { message: 'from must be an ISO 8601 date' })
  from?: string;

  @IsOptional()
  @IsDateString({}, { message: 'to must be an ISO 8601 date' })
  to?: string;
}

@ApiTags('analytics')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly calibration: CalibrationService) {}

  /**
   * Per interviewer: mean deviation from fellow panelists (leniency > 0, severity < 0) and extreme ratings.
   *
   * @remarks Submitted scorecards of interviews scheduled in [from, to) (either bound optional); 400
   * naming `from` when from is after to. Deviation is leave-one-out: for each interview and
   * competency that two or more panelists scored, the interviewer's competency score minus the mean
   * of the *other* panelists' scores (not the whole panel's mean, which would shrink a rater's gap
   * by (k − 1)/k on a panel of k); `meanDeviation` is the mean of those deviations. `extremeShare`
   * is the share of the interviewer's ratings that are 1 or 5.
   */
  @Get('interviewer-calibration')
  @Roles(...HIRING_MANAGERS)
  interviewerCalibration(@Query() query: PeriodQueryDto) {
    return this.calibration.calibration(query.from, query.to);
  }
}
