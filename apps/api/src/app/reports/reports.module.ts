import { Module } from '@nestjs/common';
import { QualityOfHireModule } from '../analytics/quality-of-hire/quality-of-hire.module';
import { CultureModule } from '../culture/culture.module';
import { PatientSignalsModule } from '../patient-signals/patient-signals.module';
import { TenancyModule } from '../../common/tenancy/tenancy.module';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CompetencyEntity } from '../competencies/competency.entity';
import { CULTURE_ENTITIES } from '../culture/culture.entities';
import { HIRING_ENTITIES } from '../hiring/hiring.entities';
import { HiringModule } from '../hiring/hiring.module';
import { LocationEntity } from '../locations/location.entity';
import { UserEntity } from '../users/user.entity';
import { AdverseImpactController } from './adverse-impact/adverse-impact.controller';
import { AdverseImpactService } from './adverse-impact/adverse-impact.service';
import { AuditLogExportService } from './audit-log/audit-log-export.service';
import { CandidatePacketData } from './candidate-packet/candidate-packet.data';
import { PacketLookups } from './lookups.service';
import { CultureExportService } from './culture/culture-export.service';
import { ExportsController } from './exports.controller';
import { FunnelService } from './funnel/funnel.service';
import { HiringExportsService } from './hiring-exports.service';
import { JourneysService } from './journeys.service';
import { LeadershipExportService } from './leadership/leadership-export.service';
import { PeopleExportsService } from './people-exports.service';
import { ReportAccess } from './report-access.service';
import { REPORTS_ENTITIES } from './reports.entities';
import { SelfIdentificationController } from './self-identification/self-identification.controller';
import { SelfIdentificationService } from './self-identification/self-identification.service';

/** HR reports: exports (CSV, XLSX, PDF), self-identification and adverse impact. */
@Module({
  imports: [
    HiringModule,
    CultureModule,
    PatientSignalsModule,
    QualityOfHireModule,
    TenancyModule.forFeature([
      ...REPORTS_ENTITIES,
      ...HIRING_ENTITIES,
      ...CULTURE_ENTITIES,
      CompetencyEntity,
      LocationEntity,
      UserEntity,
      AuditEventEntity,
    ]),
  ],
  controllers: [ExportsController, AdverseImpactController, SelfIdentificationController],
  providers: [
    ReportAccess,
    JourneysService,
    PacketLookups,
    CandidatePacketData,
    FunnelService,
    AdverseImpactService,
    CultureExportService,
    LeadershipExportService,
    AuditLogExportService,
    HiringExportsService,
    PeopleExportsService,
    SelfIdentificationService,
  ],
  exports: [SelfIdentificationService],
})
export class ReportsModule {}
