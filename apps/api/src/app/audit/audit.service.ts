import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEvent, Page } from '@rapport/shared/contracts';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { pageByKeyset, type KeysetOrder } from '../../common/pagination/keyset-query';
import { RequestContext } from '../../common/tenancy/request-context';
import { appendToChain } from './audit-append';
import { REDACTION_ACTION, type RedactionPayload } from './audit-chain';
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
  /** Only for writes outside an authenticated request (sign-up, invitation acceptance, seeding). */
  organizationId?: string;
  actorUserId?: string | null;
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
  cursor?: string;
}

/** The chain's order, newest first (`seq` is unique per organization). */
const ORDER: KeysetOrder = { alias: 'e', keys: [{ sql: 'e.seq', type: 'bigint' }], direction: 'DESC' };

export function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_FIELDS.has(key) || NOISE_FIELDS.has(key) || typeof v === 'function') continue;
    out[key] = v instanceof Date ? v.toISOString() : v;
  }
  // Round-trip through JSON so the hashed payload is exactly what jsonb will store.
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

/** Snapshots the payload and appends the event to its organization's chain (see appendToChain). */
export async function appendAuditEvent(
  manager: EntityManager,
  entry: AuditEntry & { organizationId: string; actorUserId: string | null; requestId: string | null },
): Promise<void> {
  await appendToChain(manager, {
    organizationId: entry.organizationId,
    actorUserId: entry.actorUserId,
    requestId: entry.requestId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
  });
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /** Records an event; pass the transaction's manager so the event commits with the change. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const context = RequestContext.current();
    const full = {
      ...entry,
      organizationId: entry.organizationId ?? RequestContext.organizationId(),
      actorUserId: entry.actorUserId !== undefined ? entry.actorUserId : (context?.caller?.userId ?? null),
      requestId: context?.requestId ?? null,
    };
    if (manager) return appendAuditEvent(manager, full);
    return this.dataSource.transaction((m) => appendAuditEvent(m, full));
  }

  /**
   * Blanks the payload of `eventIds` (erasure) and records that as its own chain event naming them,
   * in the caller's transaction: `before`/`after` and `redactedAt` of a redacted event are no longer
   * covered by its own hash, so this later event is what protects them. Returns how many were redacted.
   */
  async redact(manager: EntityManager, organizationId: string, eventIds: string[], cause: string, redactedAt: Date): Promise<number> {
    if (eventIds.length === 0) return 0;
    const context = RequestContext.current();
    const payload: RedactionPayload = { redactedEventIds: eventIds, redactedAt: redactedAt.toISOString(), cause };
    await appendToChain(manager, {
      organizationId,
      actorUserId: context?.caller?.userId ?? null,
      requestId: context?.requestId ?? null,
      action: REDACTION_ACTION,
      entityType: 'audit',
      entityId: organizationId,
      before: null,
      after: { ...payload },
    });
    const [, count] = (await manager.query(
      `UPDATE audit_events SET before = NULL, after = NULL, redacted_at = $3
        WHERE organization_id = $1 AND id = ANY($2) AND redacted_at IS NULL AND action <> $4`,
      [organizationId, eventIds, redactedAt, REDACTION_ACTION],
    )) as [unknown, number];
    if (count !== eventIds.length) throw new Error(`Redaction named ${eventIds.length} audit events but changed ${count}`);
    return count;
  }

  async list(filter: AuditFilter): Promise<Page<AuditEvent>> {
    const qb = this.events.createQueryBuilder('e').where('e.organization_id = :org', { org: RequestContext.organizationId() });
    if (filter.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorUserId) qb.andWhere('e.actor_user_id = :actor', { actor: filter.actorUserId });
    if (filter.from) qb.andWhere('e.created_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.created_at < :to', { to: filter.to });
    // The audit page numbers its pages (offset), so it counts every matching event.
    const page = await pageByKeyset(qb, ORDER, { ...filter, exactTotal: true });
    return {
      total: page.total,
      nextCursor: page.nextCursor,
      items: page.rows.map((e) => ({
        id: e.id,
        seq: e.seq,
        actorUserId: e.actorUserId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        before: e.before,
        after: e.after,
        requestId: e.requestId,
        hash: e.hash,
        redacted: e.redactedAt !== null,
        createdAt: e.createdAt.toISOString(),
      })),
    };
  }
}
