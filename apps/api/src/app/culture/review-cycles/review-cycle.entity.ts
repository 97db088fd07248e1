import { REVIEW_CYCLE_STATUSES, type ReviewCycleStatus } from '@rapport/shared/contracts';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';

/** A 360 review round; its assignments are generated when it is created. */
@Entity('review_cycles')
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'periodEnd', 'createdAt', 'id'])
export class ReviewCycleEntity extends TenantOwnedEntity {
  @Column({ length: 200 })
  name!: string;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  /** Subjects' locations; null = every location. */
  @Column({ type: 'uuid', array: true, nullable: true })
  locationIds!: string[] | null;

  @Column({ type: 'int', default: 3 })
  peersPerPerson!: number;

  @Column({ default: true })
  includeUpward!: boolean;

  @Column({ type: 'enum', enum: REVIEW_CYCLE_STATUSES, enumName: 'review_cycle_status', default: 'open' })
  status!: ReviewCycleStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
