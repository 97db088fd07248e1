import { Column, Entity, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

@Entity('organizations')
export class OrganizationEntity extends BaseEntity {
  @Column({ length: 200 })
  name!: string;

  @VersionColumn()
  version!: number;
}
