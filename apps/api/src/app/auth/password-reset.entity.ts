import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
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
