import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { ApplicationEntity } from '../../hiring/applications/application.entity';
import { LocationEntity } from '../../locations/location.entity';
import { UserEntity } from '../../users/user.entity';

/** A person on the team; may sign in (userId), reports to a manager, may come from a hire. */
@Entity('staff_members')
@Index(['organizationId', 'email'], { unique: true })
@Index(['organizationId', 'userId'], { unique: true, where: 'user_id IS NOT NULL' })
@Index(['organizationId', 'applicationId'], { unique: true, where: 'application_id IS NOT NULL' })
@Index(['organizationId', 'locationId'])
@Index(['organizationId', 'managerId'])
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'name', 'id'])
export class StaffMemberEntity extends TenantOwnedEntity {
  @Column({ length: 200 })
  name!: string;

  /** Lower-cased: the service-metrics import finds people by it. */
  @Column({ length: 320 })
  email!: string;

  @Column({ length: 200 })
  roleTitle!: string;

  @Column('uuid')
  locationId!: string;

  @ManyToOne(() => LocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id' })
  location?: LocationEntity;

  @Column({ type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: StaffMemberEntity;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'date' })
  hiredAt!: string;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @VersionColumn()
  version!: number;
}
