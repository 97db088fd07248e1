import {
  REVIEW_ASSIGNMENT_STATUSES,
  REVIEW_RELATIONS,
  type ReviewAssignmentStatus,
  type ReviewRelation,
} from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { UserEntity } from '../../users/user.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { ReviewCycleEntity } from './review-cycle.entity';

export interface StoredReviewRating {
  competencyId: string;
  rating: number;
  comment: string;
}

/**
 * One rater's review of one subject in a cycle. For peer and upward relations the rater's identity
 * never leaves the server: results are aggregates, and the audit trail records no actor for them.
 */
@Entity('review_assignments')
@Index(['organizationId', 'cycleId', 'subjectStaffId', 'raterUserId'], { unique: true })
// Serves "my review assignments" in their keyset order.
@Index(['organizationId', 'raterUserId', 'createdAt', 'id'])
@Index(['organizationId', 'subjectStaffId'])
export class ReviewAssignmentEntity extends TenantOwnedEntity {
  @Column('uuid')
  cycleId!: string;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: ReviewCycleEntity;

  @Column('uuid')
  subjectStaffId!: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subject_staff_id' })
  subject?: StaffMemberEntity;

  @Column('uuid')
  raterUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rater_user_id' })
  rater?: UserEntity;

  @Column({ type: 'enum', enum: REVIEW_RELATIONS, enumName: 'review_relation' })
  relation!: ReviewRelation;

  @Column({ type: 'enum', enum: REVIEW_ASSIGNMENT_STATUSES, enumName: 'review_assignment_status', default: 'not_started' })
  status!: ReviewAssignmentStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  ratings!: StoredReviewRating[];

  /** Sum and count of `ratings`, kept by a trigger (migration ReviewRatingSums) for culture scores; never written by the app. */
  @Column({ type: 'int', default: 0, insert: false, update: false, select: false })
  ratingSum!: number;

  @Column({ type: 'int', default: 0, insert: false, update: false, select: false })
  ratingCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
