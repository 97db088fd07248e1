import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';

/** Who did what to which record, when, with before/after (secrets removed). Append-only. */
@Entity('audit_events')
@Index(['organizationId', 'entityType', 'entityId'])
@Index(['organizationId', 'createdAt'])
@Index(['organizationId', 'seq'], { unique: true })
export class AuditEventEntity extends TenantOwnedEntity {
  /** Position in the organization's hash chain (1, 2, …). */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? v : Number(v)) } })
  seq!: number;

  /** sha256 of the canonical {before, after}; kept when erasure blanks the payload. */
  @Column({ length: 64 })
  payloadHash!: string;

  @Column({ length: 64 })
  prevHash!: string;

  @Column({ length: 64 })
  hash!: string;

  /** Set when erasure removed personal data from before/after (the chain still verifies). */
  @Column({ type: 'timestamptz', nullable: true })
  redactedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ length: 60 })
  action!: string;

  @Column({ length: 60 })
  entityType!: string;

  @Column({ length: 64 })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;
}
