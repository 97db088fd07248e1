import { Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { pipeline, type Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditEventEntity } from '../../audit/audit-event.entity';
import { UserEntity } from '../../users/user.entity';
import { CopyTextToCsv } from '../files/copy-text-to-csv';
import { inlineParameters } from './inline-parameters';

export const AUDIT_LOG_HEADER = [
  'seq',
  'occurred_at',
  'actor_user_id',
  'actor_name',
  'action',
  'entity_type',
  'entity_id',
  'request_id',
  'redacted',
  'before',
  'after',
  'hash',
] as const;

export interface AuditLogFilter {
  /** First day, inclusive (`YYYY-MM-DD`, UTC). */
  from?: string;
  /** Last day, inclusive. */
  to?: string;
  /** Entity type, e.g. `candidate` (the audit viewer's filters, so the CSV matches the view). */
  entity?: string;
  entityId?: string;
  /** User id of the actor. */
  actor?: string;
}

/**
 * The organization's audit trail as CSV, streamed: PostgreSQL runs the tenant-scoped query as
 * `COPY … TO STDOUT` on one pooled connection, and each chunk is converted and sent as it arrives,
 * with backpressure from the HTTP response down to the database socket. Memory stays flat however
 * many events there are (tools/bench/export-memory.mjs measures it).
 */
@Injectable()
export class AuditLogExportService {
  private readonly logger = new Logger('AuditLogExport');

  constructor(
    @InjectTenantRepository(AuditEventEntity) private readonly events: TenantRepository<AuditEventEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The query, scoped by TenantRepository.qb() to the caller's organization. TypeORM lists entity
   * columns in its own order, so an outer SELECT fixes the column order to the header's.
   */
  query(filter: AuditLogFilter): string {
    const qb = this.events
      .qb('e')
      .leftJoin(UserEntity, 'u', 'u.id = e.actor_user_id AND u.organization_id = e.organization_id')
      .select('e.seq', 'seq')
      // ISO 8601 in UTC whatever the session's time zone.
      .addSelect(`(to_json(e.created_at AT TIME ZONE 'UTC') #>> '{}') || 'Z'`, 'occurred_at')
      .addSelect('e.actor_user_id', 'actor_user_id')
      .addSelect('u.name', 'actor_name')
      .addSelect('e.action', 'action')
      .addSelect('e.entity_type', 'entity_type')
      .addSelect('e.entity_id', 'entity_id')
      .addSelect('e.request_id', 'request_id')
      .addSelect(`CASE WHEN e.redacted_at IS NULL THEN 'no' ELSE 'yes' END`, 'redacted')
      .addSelect('e.before', 'before')
      .addSelect('e.after', 'after')
      .addSelect('e.hash', 'hash');
    // Whole days in UTC, whatever the session's time zone.
    if (filter.from) qb.andWhere("e.created_at >= CAST(:from AS date)::timestamp AT TIME ZONE 'UTC'", { from: filter.from });
    if (filter.to) qb.andWhere("e.created_at < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'UTC'", { to: filter.to });
    if (filter.entity) qb.andWhere('e.entity_type = :entity', { entity: filter.entity });
    if (filter.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actor) qb.andWhere('e.actor_user_id = :actor', { actor: filter.actor });
    const [sql, params] = qb.getQueryAndParameters();
    const columns = AUDIT_LOG_HEADER.map((c) => `x."${c}"`).join(', ');
    return `SELECT ${columns} FROM (${inlineParameters(sql, params)}) x ORDER BY x."seq"`;
  }

  async stream(filter: AuditLogFilter): Promise<Readable> {
    const sql = this.query(filter);
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const client = await pool.connect();
    const csv = new CopyTextToCsv({ header: AUDIT_LOG_HEADER });
    let source: Readable;
    try {
      source = client.query(copyTo(`COPY (${sql}) TO STDOUT`));
    } catch (error) {
      client.release(true);
      throw error;
    }
    pipeline(source, csv, (error) => {
      // A connection left mid-COPY (client went away, server error) is destroyed, never reused.
      client.release(error ?? undefined);
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        this.logger.error({ err: error }, 'The audit log export failed while streaming');
      }
    });
    return csv;
  }
}
