import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';

/** Who did what to which record, when, with before/after (secrets removed). Append-only. */
@Entity('audit_events')
@Index(['organizationId', 'entityType', 'entityId'])
@Index(['organizationId', 'createdAt'])
export class AuditEventEntity extends TenantOwnedEntity {
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
