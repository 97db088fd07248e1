import { Column, Entity, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

@Entity('organizations')
export class OrganizationEntity extends BaseEntity {
  @Column({ length: 200 })
  name!: string;

  /** Unsuccessful candidates are erased this many days after their last activity (legal hold excepted). */
  @Column({ type: 'int', default: 365 })
  candidateRetentionDays!: number;

  @VersionColumn()
  version!: number;
}
