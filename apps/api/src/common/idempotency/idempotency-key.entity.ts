import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../tenancy/tenant-owned.entity';

/**
 * A client-chosen key of a write that must not happen twice, with the response it produced. A key
 * belongs to one request: the user who sent it, the route and the body. Unique per organization, so
 * the same key from another user or with another body meets the first one and is refused (422)
 * instead of running again or replaying someone else's response.
 */
@Entity('idempotency_keys')
@Index(['organizationId', 'key'], { unique: true })
export class IdempotencyKeyEntity extends TenantOwnedEntity {
  @Column({ length: 200 })
  key!: string;

  /** The user who sent the first request; only they get its response replayed. */
  @Column('uuid')
  userId!: string;

  /** `METHOD path?query`: a key replayed on another route is refused. */
  @Column({ length: 500 })
  fingerprint!: string;

  /** sha256 of the canonical JSON body (or of the uploaded file): a key replayed with another body is refused. */
  @Column({ length: 64 })
  requestHash!: string;

  /** After this the key is free again, and the daily job deletes it with its stored response. */
  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** null while the first request is still running. */
  @Column({ type: 'int', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;
}
