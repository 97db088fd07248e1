import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';

@Entity('locations')
@Index(['organizationId', 'code'], { unique: true })
export class LocationEntity extends TenantOwnedEntity {
  @Column({ length: 200 })
  name!: string;

  @Column({ length: 20 })
  code!: string;

  @VersionColumn()
  version!: number;
}
