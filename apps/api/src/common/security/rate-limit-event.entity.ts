import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One counted action (a sign-up, an invitation) under one key, e.g. `signup-ip:<address>` or
 * `invite-org:<id>`. Kept in PostgreSQL so that limits hold across API instances. Not tenant-owned:
 * sign-up precedes the tenant, and the keys are ours, never a caller's.
 */
@Entity('rate_limit_events')
@Index(['key', 'occurredAt'])
export class RateLimitEventEntity {
  /** A uuid, not a sequence: rows restored verbatim (the fuzzer's world snapshot) cannot collide with new ones. */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ length: 400 })
  key!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}
