import { RECOMMENDATIONS, type Recommendation } from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { UserEntity } from '../../users/user.entity';
import { InterviewEntity } from './interview.entity';

export interface StoredRating {
  questionId: string;
  rating: number | null;
  evidence: string;
}

/** One panel member's independent scorecard. Created (not started) when the panel is scheduled. */
@Entity('scorecards')
@Index(['organizationId', 'interviewId', 'interviewerId'], { unique: true })
@Index(['organizationId', 'interviewerId'])
export class ScorecardEntity extends TenantOwnedEntity {
  @Column('uuid')
  interviewId!: string;

  @ManyToOne(() => InterviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: InterviewEntity;

  @Column('uuid')
  interviewerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'interviewer_id' })
  interviewer?: UserEntity;

  @Column({ type: 'varchar', length: 20, default: 'not_started' })
  status!: 'not_started' | 'draft' | 'submitted';

  @Column({ type: 'jsonb', default: () => "'[]'" })
  ratings!: StoredRating[];

  @Column({ type: 'enum', enum: RECOMMENDATIONS, enumName: 'recommendation', nullable: true })
  recommendation!: Recommendation | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  amendedAt!: Date | null;

  @VersionColumn()
  version!: number;
}
