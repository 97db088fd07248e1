import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';
import { UserEntity } from '../users/user.entity';

/** A one-time password-reset secret, stored only as its sha256; valid for an hour, used once. */
@Entity('password_resets')
@Index(['organizationId', 'userId'])
export class PasswordResetEntity extends TenantOwnedEntity {
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index({ unique: true })
  @Column({ length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the token was used, or when a newer reset or a completed one made it void. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}

/**
 * A reset request, keyed `email:<address>` or `ip:<address>`, counted for rate limiting whether or
 * not the address has an account (so the limit itself reveals nothing). Not tenant-owned.
 */
@Entity('password_reset_requests')
@Index(['key', 'requestedAt'])
export class PasswordResetRequestEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ length: 400 })
  key!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;
}
