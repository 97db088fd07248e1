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

  /** Per interviewer: mean deviation from fellow panelists (leniency > 0, severity < 0) and extreme ratings. */
  @Get('interviewer-calibration')
  @Roles(...HIRING_MANAGERS)
  interviewerCalibration(@Query() query: PeriodQueryDto) {
    return this.calibration.calibration(query.from, query.to);
  }
}
