import { Injectable } from '@nestjs/common';
import { SERVICE_METRICS, type Page, type ServiceMetric, type ServiceMetricImportError, type ServiceMetricImportResult } from '@rapport/shared/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { LocationEntity } from '../../locations/location.entity';
import { insertScoped } from '../shared/bulk-insert';
import { CultureAccess } from '../shared/culture-access.service';
import { monthOf, today } from '../shared/dates';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import type { ServiceMetricQueryDto } from './service-metric.dto';
import { ServiceMetricEntity } from './service-metric.entity';
import { parseServiceMetricsCsv, type CsvRowError, type ParsedMetricRow } from './service-metrics-csv';

/** A bad file: 400 whose `errors` list every bad row with its line number and reason. */
export class ServiceMetricImportException extends ValidationFailedException {
  private readonly detail: string;

  constructor(rows: CsvRowError[]) {
    super(
      rows.map(
        (r): ServiceMetricImportError => ({ field: 'file', message: `line ${r.line}: ${r.reason}`, line: r.line, reason: r.reason }),
      ),
    );
    this.detail = `The file has ${rows.length} bad row${rows.length === 1 ? '' : 's'}; nothing was imported`;
    this.message = this.detail;
  }

  /** The problem document's `detail` (the filter reads it from here). */
  override getResponse(): string {
    return this.detail;
  }
}

const toMetric = (m: ServiceMetricEntity): ServiceMetric => ({
  id: m.id,
  staffMemberId: m.staffMemberId,
  locationId: m.locationId,
  period: m.period,
  metric: m.metric,
  value: m.value,
});

/** The (subject, period, metric) keys of the rows, as parallel arrays for unnest(). */
function keys(rows: ParsedMetricRow[]) {
  return {
    subjects: rows.map((r) => (r.staffMemberId ? `S:${r.staffMemberId}` : `L:${r.locationId}`)),
    periods: rows.map((r) => r.period),
    metrics: rows.map((r) => r.metric),
  };
}

/** SQL: the row's (subject, period, metric) is one of the file's; `p` is the column prefix ('m.' or ''). */
const keyMatch = (p: string) =>
  `(CASE WHEN ${p}staff_member_id IS NOT NULL THEN 'S:' || ${p}staff_member_id::text ELSE 'L:' || ${p}location_id::text END, ` +
  `${p}period::text, ${p}metric::text) IN (SELECT * FROM unnest(:subjects::text[], :periods::text[], :metrics::text[]))`;

/** By month, then metric (in the order of the service_metric type). */
const ORDER: KeysetOrder = {
  alias: 'm',
  keys: [
    { sql: 'm.period', type: 'text' },
    { sql: 'm.metric', type: { enumName: 'service_metric', values: SERVICE_METRICS } },
  ],
  direction: 'ASC',
};

@Injectable()
export class ServiceMetricsService {
  constructor(
    @InjectTenantRepository(ServiceMetricEntity) private readonly metrics: TenantRepository<ServiceMetricEntity>,
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    private readonly access: CultureAccess,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async list(query: ServiceMetricQueryDto): Promise<Page<ServiceMetric>> {
    if (query.staffMemberId) await this.access.assertMaySeePrivate(query.staffMemberId);
    const scope = await this.access.scope();
    const qb = this.metrics.qb('m');
    if (scope !== null) {
      // Location figures are everyone's; a person's figures only theirs and their managers'.
      const visible = [...scope];
      qb.andWhere(visible.length ? '(m.location_id IS NOT NULL OR m.staff_member_id IN (:...visible))' : 'm.location_id IS NOT NULL', { visible });
    }
    if (query.staffMemberId) qb.andWhere('m.staff_member_id = :staffMemberId', { staffMemberId: query.staffMemberId });
    if (query.locationId) qb.andWhere('m.location_id = :locationId', { locationId: query.locationId });
    if (query.from) qb.andWhere('m.period >= :from', { from: query.from });
    if (query.to) qb.andWhere('m.period <= :to', { to: query.to });
    const page = await pageByKeyset(qb, ORDER, query);
    return { items: page.rows.map(toMetric), ...pageInfo(page) };
  }

  /**
   * Imports a CSV: all or nothing. Each (subject, period, metric) in the file replaces what was stored
   * for it, so re-importing a corrected export is safe; a dry run reports the same numbers, writes nothing.
   */
  async import(text: string, dryRun: boolean): Promise<ServiceMetricImportResult> {
    const [staff, locations] = await Promise.all([
      this.staff.find({ select: { id: true, email: true, organizationId: true } }),
      this.locations.find({ select: { id: true, code: true, organizationId: true } }),
    ]);
    const parsed = parseServiceMetricsCsv(
      text,
      {
        staffByEmail: new Map(staff.map((s) => [s.email.toLowerCase(), s.id])),
        locationByCode: new Map(locations.map((l) => [l.code.toUpperCase(), l.id])),
      },
      monthOf(today()),
    );
    if (parsed.errors.length) throw new ServiceMetricImportException(parsed.errors);
    const rows = parsed.rows;
    const periods = [...new Set(rows.map((r) => r.period))].sort();
    if (dryRun) {
      const replaced = await this.metrics.qb('m').andWhere(keyMatch('m.'), keys(rows)).getCount();
      return { dryRun, rows: rows.length, imported: 0, replaced, periods };
    }
    return this.tx.run(async (manager) => {
      const replaced = await this.replace(manager, rows);
      await this.audit.record(
        {
          action: 'service_metrics.imported',
          entityType: 'service_metric_import',
          entityId: randomUUID(),
          after: { rows: rows.length, replaced, periods },
        },
        manager,
      );
      return { dryRun, rows: rows.length, imported: rows.length, replaced, periods };
    });
  }

  private async replace(manager: EntityManager, rows: ParsedMetricRow[]): Promise<number> {
    // DELETE cannot start from the tenant query builder (it has no alias), so it names the tenant itself.
    const deleted = await manager
      .createQueryBuilder()
      .delete()
      .from(ServiceMetricEntity)
      .where('organization_id = :organizationId', { organizationId: RequestContext.organizationId() })
      .andWhere(keyMatch(''), keys(rows))
      .execute();
    const repo = this.metrics.withManager(manager);
    await insertScoped(
      manager,
      ServiceMetricEntity,
      rows.map((r) => repo.create({ staffMemberId: r.staffMemberId, locationId: r.locationId, period: r.period, metric: r.metric, value: r.value })),
    );
    return deleted.affected ?? 0;
  }
}
