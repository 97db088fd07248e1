import { NotFoundException } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { RequestContext } from '../../../common/tenancy/request-context';
import type { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';

const CHUNK = 500;

/**
 * Multi-row INSERT for generated or imported rows (review assignments, metric imports), where one
 * `save` per row would cost a round trip each. Rows must come from `TenantRepository.create`, which
 * stamps the tenant; this checks every row against the caller's organization before writing, the same
 * guarantee `TenantRepository.save` gives.
 */
export async function insertScoped<T extends TenantOwnedEntity & ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  const organizationId = RequestContext.organizationId();
  if (rows.some((r) => r.organizationId !== organizationId)) throw new NotFoundException('The record was not found');
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager.createQueryBuilder().insert().into(target).values(rows.slice(i, i + CHUNK)).updateEntity(false).execute();
  }
}
