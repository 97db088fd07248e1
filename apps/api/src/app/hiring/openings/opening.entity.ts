import { OPENING_STATUSES, type OpeningStatus } from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { LocationEntity } from '../../locations/location.entity';
import { UserEntity } from '../../users/user.entity';
import { InterviewKitEntity } from '../kits/interview-kit.entity';

@Entity('openings')
@Index(['organizationId', 'status'])
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'createdAt', 'id'])
export class OpeningEntity extends TenantOwnedEntity {
  @Column({ length: 200 })
  title!: string;

  @Column('uuid')
  locationId!: string;

  @ManyToOne(() => LocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id' })
  location?: LocationEntity;

  @Column('uuid')
  hiringManagerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hiring_manager_id' })
  hiringManager?: UserEntity;

  @Column('uuid')
  kitId!: string;

  @ManyToOne(() => InterviewKitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kit_id' })
  kit?: InterviewKitEntity;

  @Column({ type: 'enum', enum: OPENING_STATUSES, enumName: 'opening_status', default: 'open' })
  status!: OpeningStatus;

  @VersionColumn()
  version!: number;
}
