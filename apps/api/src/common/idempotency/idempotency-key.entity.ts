import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../tenancy/tenant-owned.entity';

/** A client-chosen key of a write that must not happen twice, with the response it produced. */
@Entity('idempotency_keys')
@Index(['organizationId', 'key'], { unique: true })
export class IdempotencyKeyEntity extends TenantOwnedEntity {
  @Column({ length: 200 })
  key!: string;

  /** `METHOD path?query`: a key replayed on another route is refused. */
  @Column({ length: 500 })
  fingerprint!: string;

  /** null while the first request is still running. */
  @Column({ type: 'int', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;
}
