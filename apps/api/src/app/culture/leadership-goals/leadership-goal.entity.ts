import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { UserEntity } from '../../users/user.entity';

/** A leader's personal goal on modeling a competency of the care standard. */
@Entity('leadership_goals')
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'ownerId', 'dueDate', 'createdAt', 'id'])
@Index(['organizationId', 'dueDate', 'createdAt', 'id'])
export class LeadershipGoalEntity extends TenantOwnedEntity {
  @Column('uuid')
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column('uuid')
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_id' })
  competency?: CompetencyEntity;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ length: 500 })
  target!: string;

  @Column({ type: 'date' })
  dueDate!: string;

  @VersionColumn()
  version!: number;
}
