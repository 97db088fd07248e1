import type { CsvImportResult } from '@rapport/shared/contracts';
import { randomUUID } from 'node:crypto';
import { In, type DeepPartial, type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { decodeCursor, keysetPage, type KeysetQueryDto } from '../../../common/pagination/keyset';
import type { TenantRepository } from '../../../common/tenancy/tenant.repository';
import type { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import type { AuditService } from '../../audit/audit.service';
import { insertScoped } from '../../culture/shared/bulk-insert';

type Fingerprinted = TenantOwnedEntity & ObjectLiteral & { fingerprint: string };

/** Of these fingerprints, the ones already stored for the caller's organization. */
async function existingFingerprints<T extends Fingerprinted>(repo: TenantRepository<T>, fingerprints: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < fingerprints.length; i += 1000) {
    const rows = await repo.find({ where: { fingerprint: In(fingerprints.slice(i, i + 1000)) } as never, select: { fingerprint: true } as never });
    rows.forEach((r) => found.add(r.fingerprint));
  }
  return found;
}

/**
 * The write side of both CSV imports, in the caller's transaction: rows stored before (same
 * fingerprint) are skipped and counted as duplicates, the rest inserted in bulk, and the import is
 * one audit event. A dry run reports the same numbers and writes nothing.
 */
export async function importNew<R extends { fingerprint: string; day: string }, T extends Fingerprinted>(
  manager: EntityManager,
  options: {
    repo: TenantRepository<T>;
    target: EntityTarget<T>;
    rows: readonly R[];
    dryRun: boolean;
    toEntity: (row: R) => DeepPartial<T>;
    audit: AuditService;
    auditAs: { action: string; entityType: string };
  },
): Promise<CsvImportResult> {
  const { rows, dryRun } = options;
  const repo = options.repo.withManager(manager);
  const seen = await existingFingerprints(repo, rows.map((r) => r.fingerprint));
  const fresh = rows.filter((r) => !seen.has(r.fingerprint));
  const days = rows.map((r) => r.day).sort();
  const result: CsvImportResult = {
    dryRun,
    rows: rows.length,
    imported: dryRun ? 0 : fresh.length,
    duplicates: rows.length - fresh.length,
    from: days[0] ?? '',
    to: days.at(-1) ?? '',
  };
  if (dryRun) return result;
  await insertScoped(manager, options.target, fresh.map((r) => repo.create(options.toEntity(r))));
  await options.audit.record({ ...options.auditAs, entityId: randomUUID(), after: { ...result } }, manager);
  return result;
}

/** Newest first by a date column (id breaks ties), one keyset page of `limit`. */
export async function newestFirst<T extends ObjectLiteral & { id: string }, R>(
  qb: SelectQueryBuilder<T>,
  column: string,
  query: KeysetQueryDto,
  keyOf: (row: T) => string,
  map: (row: T) => R,
) {
  const alias = qb.alias;
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    qb.andWhere(`(${alias}.${column}, ${alias}.id) < (:key::date, :id::uuid)`, { key: after.key, id: after.id });
  }
  const rows = await qb
    .orderBy(`${alias}.${column}`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(query.limit + 1)
    .getMany();
  return keysetPage(rows, query.limit, (r) => ({ key: keyOf(r), id: r.id }), map);
}
