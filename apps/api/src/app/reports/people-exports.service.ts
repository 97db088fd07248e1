import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { culturePdf } from './culture/culture.pdf';
import { cultureSheets } from './culture/culture.xlsx';
import { CultureExportService } from './culture/culture-export.service';
import type { AuditLogExportQueryDto, CultureExportQueryDto, LeadershipExportQueryDto } from './exports.dto';
import { assertRange, recordExport, today } from './export-audit';
import { AuditLogExportService } from './audit-log/audit-log-export.service';
import { PacketLookups } from './lookups.service';
import type { ExportFile } from './files/export-file';
import { exportFileName, periodLabel } from './files/file-name';
import { workbookBuffer } from './files/xlsx';
import { leadershipPdf } from './leadership/leadership.pdf';
import { leadershipSheets } from './leadership/leadership.xlsx';
import { LeadershipExportService } from './leadership/leadership-export.service';

/** Culture, leadership and audit-log exports. */
@Injectable()
export class PeopleExportsService {
  constructor(
    private readonly cultureData: CultureExportService,
    private readonly leadership: LeadershipExportService,
    private readonly auditLog: AuditLogExportService,
    private readonly lookups: PacketLookups,
    private readonly audit: AuditService,
  ) {}

  async culture(query: CultureExportQueryDto): Promise<ExportFile> {
    const data = await this.cultureData.load(query);
    await recordExport(this.audit, 'culture', query.format, query);
    const fileName = exportFileName('culture', query.format, periodLabel(data.locations.from, data.locations.to, today()));
    const body = query.format === 'pdf' ? await culturePdf(data, new Date()) : await workbookBuffer(cultureSheets(data));
    return { fileName, format: query.format, body };
  }

  async leadershipGoals(query: LeadershipExportQueryDto): Promise<ExportFile> {
    const [overviews, competencyNames] = await Promise.all([this.leadership.load(query.leaderId), this.lookups.competencyNames()]);
    await recordExport(this.audit, 'leadership-goals', query.format, query);
    const fileName = exportFileName('leadership-goals', query.format, query.leaderId ? overviews[0]?.leader.name : undefined, today());
    const body =
      query.format === 'pdf'
        ? await leadershipPdf(overviews, competencyNames, new Date())
        : await workbookBuffer(leadershipSheets(overviews, competencyNames, await this.leadership.threeWayGaps(overviews)));
    return { fileName, format: query.format, body };
  }

  async auditLogCsv(query: AuditLogExportQueryDto): Promise<ExportFile> {
    assertRange(query.from, query.to);
    await recordExport(this.audit, 'audit-log', query.format, query);
    const body = await this.auditLog.stream(query);
    return { fileName: exportFileName('audit-log', 'csv', periodLabel(query.from, query.to, today())), format: 'csv', body };
  }
}
