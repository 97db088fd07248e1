import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEvent } from '@rapport/shared/contracts';
import { EntityManager, Repository } from 'typeorm';
import { RequestContext } from '../../common/tenancy/request-context';
import { AuditEventEntity } from './audit-event.entity';

/** Fields never copied into the audit trail. */
const SECRET_FIELDS = new Set(['passwordHash', 'invitationTokenHash', 'tokenHash', 'password']);
/** Bookkeeping that adds noise, not evidence. */
const NOISE_FIELDS = new Set(['organization', 'createdAt', 'updatedAt']);

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  /** Only for writes outside an authenticated request (sign-up, invitation acceptance). */
  organizationId?: string;
  actorUserId?: string | null;
}

export function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_FIELDS.has(key) || NOISE_FIELDS.has(key) || typeof v === 'function') continue;
    out[key] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Records an event; pass the transaction's manager so the event commits with the change. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const context = RequestContext.current();
    const repo = manager ? manager.getRepository(AuditEventEntity) : this.events;
    const organizationId = entry.organizationId ?? RequestContext.organizationId();
    const event = repo.create({
      organizationId,
      actorUserId: entry.actorUserId !== undefined ? entry.actorUserId : (context?.caller?.userId ?? null),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      requestId: context?.requestId ?? null,
    });
    await repo.save(event, { reload: false });
  }

  async list(filter: { entityType?: string; entityId?: string; limit: number; offset: number }): Promise<{
    items: AuditEvent[];
    total: number;
  }> {
    const where = {
      organizationId: RequestContext.organizationId(),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
    };
    const [rows, total] = await this.events.findAndCount({
      where,
      order: { createdAt: 'DESC' },
      take: filter.limit,
      skip: filter.offset,
    });
    return {
      total,
      items: rows.map((e) => ({
        id: e.id,
        actorUserId: e.actorUserId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        before: e.before,
        after: e.after,
        requestId: e.requestId,
        createdAt: e.createdAt.toISOString(),
      })),
    };
  }
}
