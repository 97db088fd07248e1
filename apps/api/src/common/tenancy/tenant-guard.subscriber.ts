import { EntitySubscriberInterface, EventSubscriber, InsertEvent, UpdateEvent } from 'typeorm';
import { RequestContext } from './request-context';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * Tripwire behind TenantRepository: inside an authenticated request, loading or writing a
 * tenant-owned row of another organization throws instead of leaking. Code paths without a
 * caller (sign-up, login, seeding, migrations) are not affected.
 */
@EventSubscriber()
export class TenantGuardSubscriber implements EntitySubscriberInterface<TenantOwnedEntity> {
  listenTo() {
    return TenantOwnedEntity;
  }

  afterLoad(entity: TenantOwnedEntity): void {
    this.check(entity);
  }

  beforeInsert(event: InsertEvent<TenantOwnedEntity>): void {
    this.check(event.entity);
  }

  beforeUpdate(event: UpdateEvent<TenantOwnedEntity>): void {
    if (event.entity) this.check(event.entity as TenantOwnedEntity);
  }

  private check(entity: TenantOwnedEntity): void {
    const caller = RequestContext.caller();
    if (!caller || entity.organizationId === undefined) return;
    if (entity.organizationId !== caller.organizationId) {
      throw new TenantViolationError();
    }
  }
}

export class TenantViolationError extends Error {
  constructor() {
    super('A tenant-owned row of another organization was reached; the query is missing its tenant scope');
  }
}
