import type { PatientFeedbackItem } from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { LocationEntity } from '../../locations/location.entity';

/** One post-visit survey response: scores per item, the staff it names, no patient identity. */
@Entity('patient_feedback_responses')
@Index(['organizationId', 'fingerprint'], { unique: true })
@Index(['organizationId', 'locationId', 'respondedOn'])
@Index(['organizationId', 'respondedOn', 'id'])
export class PatientFeedbackEntity extends TenantOwnedEntity {
  @Column('uuid')
  locationId!: string;

  @ManyToOne(() => LocationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id' })
  location?: LocationEntity;

  @Column({ type: 'date' })
  respondedOn!: string;

  /** Staff named by the response. GIN-indexed (in the migration: TypeORM cannot declare GIN) for "naming this person". */
  @Index('IDX_patient_feedback_staff', { synchronize: false })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  staffMemberIds!: string[];

  /** `{item: 1–5}` for the items answered. */
  @Column({ type: 'jsonb' })
  scores!: Partial<Record<PatientFeedbackItem, number>>;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** sha-256 of the row (or of its survey response id): re-importing a file adds nothing twice. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;
}

/** The organization's choice of competency for a survey item (absent: the default of the contracts). */
@Entity('patient_feedback_item_mappings')
@Index(['organizationId', 'item'], { unique: true })
export class FeedbackItemMappingEntity extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 40 })
  item!: PatientFeedbackItem;

  @Column({ type: 'uuid', nullable: true })
  competencyId!: string | null;
}
