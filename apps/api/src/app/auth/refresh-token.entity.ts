import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One refresh token of a rotating family. Only its sha256 is stored. A token that has been
 * rotated (revokedAt set, replacedById set) and is presented again signals theft: the family dies.
 */
@Entity('refresh_tokens')
@Index(['organizationId', 'userId'])
@Index(['familyId'])
export class RefreshTokenEntity extends TenantOwnedEntity {
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('uuid')
  familyId!: string;

  @Index({ unique: true })
  @Column({ length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  replacedById!: string | null;
}
