import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { QualityOfHireService } from '../analytics/quality-of-hire/quality-of-hire.service';
import { CalibrationService } from '../hiring/debrief/calibration.service';
import { adverseImpactSheets } from './adverse-impact/adverse-impact.xlsx';
import { AdverseImpactService } from './adverse-impact/adverse-impact.service';
import { calibrationSheets } from './calibration/calibration.xlsx';
import { CandidatePacketData } from './candidate-packet/candidate-packet.data';
import { candidatePacketPdf } from './candidate-packet/candidate-packet.pdf';
import type {
  AdverseImpactExportQueryDto,
  CalibrationExportQueryDto,
  CandidatePacketQueryDto,
  HiringFunnelQueryDto,
  QualityOfHireExportQueryDto,
} from './exports.dto';
import { assertRange, recordExport, today } from './export-audit';
import type { ExportFile } from './files/export-file';
import { exportFileName, periodLabel } from './files/file-name';
import { workbookBuffer } from './files/xlsx';
import { funnelCsv, funnelSheets } from './funnel/funnel.export';
import { FunnelService } from './funnel/funnel.service';
import { qualityOfHireSheets } from './quality-of-hire/quality-of-hire.xlsx';

/** Hiring exports: candidate packet, funnel, interviewer calibration, adverse impact, quality of hire. */
@Injectable()
export class HiringExportsService {
  constructor(
    private readonly packets: CandidatePacketData,
    private readonly funnel: FunnelService,
    private readonly calibration: CalibrationService,
    private readonly adverseImpact: AdverseImpactService,
    private readonly quality: QualityOfHireService,
    private readonly audit: AuditService,
  ) {}

  async candidatePacket(query: CandidatePacketQueryDto): Promise<ExportFile> {
    const packet = await this.packets.load(query.applicationId);
    await recordExport(this.audit, 'candidate-packet', query.format, query);
    const body = await candidatePacketPdf(packet, new Date());
    const subject = packet.candidate.name || `application-${packet.application.id.slice(0, 8)}`;
    return { fileName: exportFileName('candidate-packet', 'pdf', subject), format: 'pdf', body };
  }

  async hiringFunnel(query: HiringFunnelQueryDto): Promise<ExportFile> {
    assertRange(query.from, query.to);
    const { rows, openingTitle } = await this.funnel.rows(query);
    await recordExport(this.audit, 'hiring-funnel', query.format, query);
    const fileName = exportFileName('hiring-funnel', query.format, openingTitle, periodLabel(query.from, query.to, today()));
    const body = query.format === 'csv' ? funnelCsv(rows) : await workbookBuffer(funnelSheets(rows));
    return { fileName, format: query.format, body };
  }

  async interviewerCalibration(query: CalibrationExportQueryDto): Promise<ExportFile> {
    assertRange(query.from, query.to);
    // CalibrationService takes a half-open range of timestamps; the export's `to` is an inclusive day.
    const to = query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + 24 * 3600 * 1000).toISOString() : undefined;
    const rows = await this.calibration.calibration(query.from, to);
    await recordExport(this.audit, 'interviewer-calibration', query.format, query);
    const period = periodLabel(query.from, query.to, today());
    const body = await workbookBuffer(calibrationSheets(rows, query.from || query.to ? period : 'all time'));
    return { fileName: exportFileName('interviewer-calibration', 'xlsx', period), format: 'xlsx', body };
  }

  async adverseImpactWorkbook(query: AdverseImpactExportQueryDto): Promise<ExportFile> {
    const report = await this.adverseImpact.report(query);
    await recordExport(this.audit, 'adverse-impact', query.format, query);
    const subject = query.openingId ? report.openings[0]?.title : 'all-openings';
    const body = await workbookBuffer(adverseImpactSheets(report));
    return { fileName: exportFileName('adverse-impact', 'xlsx', subject, query.stage, today()), format: 'xlsx', body };
  }

  /** What the caller may see of quality of hire (other interviewers' named rows only for HR and owner). */
  async qualityOfHire(query: QualityOfHireExportQueryDto): Promise<ExportFile> {
    const report = await this.quality.report();
    await recordExport(this.audit, 'quality-of-hire', query.format, query);
    return { fileName: exportFileName('quality-of-hire', 'xlsx', today()), format: 'xlsx', body: await workbookBuffer(qualityOfHireSheets(report)) };
  }
}
