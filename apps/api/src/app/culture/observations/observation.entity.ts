import { OBSERVATION_KINDS, type ObservationKind } from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { UserEntity } from '../../users/user.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';

/** A caring behavior seen (recognition) or a missed opportunity (coaching), on a day. */
@Entity('observations')
@Index(['organizationId', 'staffMemberId', 'observedAt'])
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'observedAt', 'createdAt', 'id'])
export class ObservationEntity extends TenantOwnedEntity {
  @Column('uuid')
  staffMemberId!: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id' })
  staffMember?: StaffMemberEntity;

  @Column('uuid')
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_id' })
  competency?: CompetencyEntity;

  @Column({ type: 'enum', enum: OBSERVATION_KINDS, enumName: 'observation_kind' })
  kind!: ObservationKind;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'date' })
  observedAt!: string;

  @Column('uuid')
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;
}
