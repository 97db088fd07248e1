import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';

@Entity('locations')
@Index(['organizationId', 'code'], { unique: true })
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'name', 'id'])
export class LocationEntity extends TenantOwnedEntity {
  @Column({ length: 200 })
  name!: string;

  @Column({ length: 20 })
  code!: string;

  @VersionColumn()
  version!: number;
}
