import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';

@Entity('competencies')
@Index(['organizationId', 'key'], { unique: true })
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'position', 'name', 'id'])
export class CompetencyEntity extends TenantOwnedEntity {
  @Column({ length: 60 })
  key!: string;

  @Column({ length: 200 })
  name!: string;

  @Column({ type: 'text' })
  definition!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  indicators!: string[];

  @Column({ type: 'int', default: 0 })
  position!: number;

  @VersionColumn()
  version!: number;
}
