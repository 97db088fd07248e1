import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { UserEntity } from '../../users/user.entity';
import { LeadershipGoalEntity } from './leadership-goal.entity';

@Entity('leadership_check_ins')
@Check('CHK_leadership_check_ins_progress', 'progress BETWEEN 0 AND 100')
@Index(['organizationId', 'goalId', 'date'])
export class CheckInEntity extends TenantOwnedEntity {
  @Column('uuid')
  goalId!: string;

  @ManyToOne(() => LeadershipGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: LeadershipGoalEntity;

  @Column({ type: 'int' })
  progress!: number;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column('uuid')
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;
}
