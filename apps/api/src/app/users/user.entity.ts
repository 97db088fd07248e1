import { ROLES, type Role } from '@rapport/shared/contracts';
import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';

@Entity('users')
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'name', 'id'])
export class UserEntity extends TenantOwnedEntity {
  /** Lower-cased; unique across organizations because login asks for an email only. */
  @Index({ unique: true })
  @Column({ length: 320 })
  email!: string;

  @Column({ length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role', array: true })
  roles!: Role[];

  /** argon2id hash; null until the invitation is accepted. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ default: true })
  active!: boolean;

  /** sha256 of the one-time invitation token (the token itself is never stored). */
  @Index({ unique: true, where: 'invitation_token_hash IS NOT NULL' })
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  invitationTokenHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  invitationExpiresAt!: Date | null;

  @VersionColumn()
  version!: number;
}
