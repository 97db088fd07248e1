import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEvent, Page } from '@rapport/shared/contracts';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { pageByKeyset, type KeysetOrder } from '../../common/pagination/keyset-query';
import { RequestContext } from '../../common/tenancy/request-context';
import { GENESIS_HASH, linkHash, payloadHash, type ChainBreak, verifyLinks } from './audit-chain';
import { AuditEventEntity } from './audit-event.entity';

/** Fields never copied into the audit trail. */
const SECRET_FIELDS = new Set(['passwordHash', 'invitationTokenHash', 'tokenHash', 'password']);
/** Bookkeeping that adds noise, not evidence. */
const NOISE_FIELDS = new Set(['organization', 'createdAt', 'updatedAt']);
const VERIFY_BATCH = 2000;

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

/**
 * Appends an event to its organization's hash chain. A transaction-scoped advisory lock per
 * organization serialises appends, so two concurrent writers never fork the chain.
 */
export async function appendAuditEvent(
  manager: EntityManager,
  entry: AuditEntry & { organizationId: string; actorUserId: string | null; requestId: string | null },
): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rapport.audit:' || $1))`, [entry.organizationId]);
  const repo = manager.getRepository(AuditEventEntity);
  const last = await repo.findOne({
    where: { organizationId: entry.organizationId },
    order: { seq: 'DESC' },
    select: { id: true, seq: true, hash: true, organizationId: true },
  });
  const before = snapshot(entry.before);
  const after = snapshot(entry.after);
  const link = {
    seq: (last?.seq ?? 0) + 1,
    createdAt: new Date(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    payloadHash: payloadHash(before, after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const event = repo.create({
    ...link,
    organizationId: entry.organizationId,
    before,
    after,
    requestId: entry.requestId,
    prevHash,
    hash: linkHash(prevHash, link),
    redactedAt: null,
  });
  await repo.save(event, { reload: false });
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

  /** Recomputes the organization's chain in batches; reports the first broken link. */
  async verify(): Promise<{ valid: boolean; events: number; firstBroken: ChainBreak | null }> {
    const org = RequestContext.organizationId();
    let last = { seq: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const batch = await this.events
        .createQueryBuilder('e')
        .where('e.organization_id = :org AND e.seq > :after', { org, after: last.seq })
        .orderBy('e.seq', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
      if (batch.length === 0) return { valid: true, events: checked, firstBroken: null };
      const result = verifyLinks(batch, last);
      if (result.broken) return { valid: false, events: checked, firstBroken: result.broken };
      checked += batch.length;
      last = result.last;
    }
  }
}
