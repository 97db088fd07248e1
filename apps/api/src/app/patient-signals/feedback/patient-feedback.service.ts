import { Injectable } from '@nestjs/common';
import type { CsvImportResult, CursorPage, PatientFeedbackResponse } from '@rapport/shared/contracts';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { today } from '../../culture/shared/dates';
import { StaffMemberEntity } from '../../culture/staff/staff-member.entity';
import { LocationEntity } from '../../locations/location.entity';
import { CsvImportException } from '../shared/csv-import.exception';
import { importNew, newestFirst } from '../shared/import-helpers';
import { parseFeedbackCsv } from './feedback-csv';
import type { PatientFeedbackQueryDto } from './patient-feedback.dto';
import { PatientFeedbackEntity } from './patient-feedback.entity';

const toResponse = (r: PatientFeedbackEntity): PatientFeedbackResponse => ({
  id: r.id,
  respondedOn: r.respondedOn,
  locationId: r.locationId,
  staffMemberIds: r.staffMemberIds,
  scores: r.scores,
  comment: r.comment,
});

@Injectable()
export class PatientFeedbackService {
  constructor(
    @InjectTenantRepository(PatientFeedbackEntity) private readonly responses: TenantRepository<PatientFeedbackEntity>,
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /** All rows or none; rows imported before (same content or response id) are skipped, not doubled. */
  async import(text: string, dryRun: boolean): Promise<CsvImportResult> {
    const [staff, locations] = await Promise.all([
      this.staff.find({ select: { id: true, email: true, organizationId: true } }),
      this.locations.find({ select: { id: true, code: true, organizationId: true } }),
    ]);
    const parsed = parseFeedbackCsv(
      text,
      {
        staffByEmail: new Map(staff.map((s) => [s.email.toLowerCase(), s.id])),
        locationByCode: new Map(locations.map((l) => [l.code.toUpperCase(), l.id])),
      },
      today(),
    );
    if (parsed.problems.length) throw new CsvImportException(parsed.problems);
    return this.tx.run((manager) =>
      importNew(manager, {
        repo: this.responses,
        target: PatientFeedbackEntity,
        rows: parsed.rows.map((r) => ({ ...r, day: r.respondedOn })),
        dryRun,
        toEntity: (r) => ({
          locationId: r.locationId,
          respondedOn: r.respondedOn,
          staffMemberIds: r.staffMemberIds,
          scores: r.scores,
          comment: r.comment,
          fingerprint: r.fingerprint,
        }),
        audit: this.audit,
        auditAs: { action: 'patient_feedback.imported', entityType: 'patient_feedback_import' },
      }),
    );
  }

  async list(query: PatientFeedbackQueryDto): Promise<CursorPage<PatientFeedbackResponse>> {
    const qb = this.responses.qb('r');
    if (query.locationId) qb.andWhere('r.location_id = :locationId', { locationId: query.locationId });
    if (query.from) qb.andWhere('r.responded_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('r.responded_on <= :to', { to: query.to });
    return newestFirst(qb, 'responded_on', query, (r) => r.respondedOn, toResponse);
  }
}
