import { applyDecorators } from '@nestjs/common';
import { CULTURE_PERIODS, type CulturePeriod, EXPORT_REPORT_FORMATS, type ExportReport } from '@rapport/shared/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { RangeQueryDto } from '../culture/culture-scores/culture-scores.dto';
import { IsCalendarDate } from '../culture/shared/dates';
import { AdverseImpactQueryDto } from './adverse-impact/adverse-impact.dto';

type FormatOf<R extends ExportReport> = (typeof EXPORT_REPORT_FORMATS)[R][number];

/** `format`: optional (the report's first format), and a 400 naming `format` when the report lacks it. */
const IsFormatOf = (report: ExportReport) =>
  applyDecorators(
    IsOptional(),
    IsIn([...EXPORT_REPORT_FORMATS[report]], {
      message: `format must be one of: ${EXPORT_REPORT_FORMATS[report].join(', ')} (for the ${report} export)`,
    }),
  );

class DayRangeDto {
  /** First day, inclusive (`YYYY-MM-DD`, UTC). */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Last day, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class CandidatePacketQueryDto {
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId!: string;

  @IsFormatOf('candidate-packet')
  format: FormatOf<'candidate-packet'> = 'pdf';
}

/** Applications created in the range (all time when omitted); one opening or all the caller may export. */
export class HiringFunnelQueryDto extends DayRangeDto {
  @IsFormatOf('hiring-funnel')
  format: FormatOf<'hiring-funnel'> = 'csv';

  @IsOptional()
  @IsUUID('all', { message: 'openingId must be an opening id' })
  openingId?: string;
}

/** Interviews scheduled in the range. */
export class CalibrationExportQueryDto extends DayRangeDto {
  @IsFormatOf('interviewer-calibration')
  format: FormatOf<'interviewer-calibration'> = 'xlsx';
}

/** Months (or days, their month is used); default: the last 12 months. */
export class CultureExportQueryDto extends RangeQueryDto {
  @IsFormatOf('culture')
  format: FormatOf<'culture'> = 'xlsx';

  @IsOptional()
  @IsIn(CULTURE_PERIODS, { message: `period must be one of: ${CULTURE_PERIODS.join(', ')}` })
  period: CulturePeriod = 'quarter';
}

export class LeadershipExportQueryDto {
  @IsFormatOf('leadership-goals')
  format: FormatOf<'leadership-goals'> = 'xlsx';

  /** One leader's user id; every leader when omitted. */
  @IsOptional()
  @IsUUID('all', { message: 'leaderId must be a user id' })
  leaderId?: string;
}

export class AuditLogExportQueryDto extends DayRangeDto {
  @IsFormatOf('audit-log')
  format: FormatOf<'audit-log'> = 'csv';

  /** The audit viewer's filters (GET /api/audit-events), so the file matches what is on screen. */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entity?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'actor must be a user id' })
  actor?: string;
}

export class AdverseImpactExportQueryDto extends AdverseImpactQueryDto {
  @IsFormatOf('adverse-impact')
  format: FormatOf<'adverse-impact'> = 'xlsx';
}

export class QualityOfHireExportQueryDto {
  @IsFormatOf('quality-of-hire')
  format: FormatOf<'quality-of-hire'> = 'xlsx';
}
