import { SERVICE_METRICS, type ServiceMetricName } from '@rapport/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { LocationEntity } from '../../locations/location.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';

/** One imported value for a staff member or a location, per month. */
@Entity('service_metrics')
@Check('CHK_service_metrics_one_subject', '(staff_member_id IS NULL) <> (location_id IS NULL)')
@Index(['organizationId', 'staffMemberId', 'period', 'metric'], { unique: true, where: 'staff_member_id IS NOT NULL' })
@Index(['organizationId', 'locationId', 'period', 'metric'], { unique: true, where: 'location_id IS NOT NULL' })
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'period', 'metric', 'id'])
export class ServiceMetricEntity extends TenantOwnedEntity {
  @Column({ type: 'uuid', nullable: true })
  staffMemberId!: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id' })
  staffMember?: StaffMemberEntity;

  @Column({ type: 'uuid', nullable: true })
  locationId!: string | null;

  @ManyToOne(() => LocationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id' })
  location?: LocationEntity;

  /** `YYYY-MM`: sorts and compares as text. */
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'enum', enum: SERVICE_METRICS, enumName: 'service_metric' })
  metric!: ServiceMetricName;

  @Column({ type: 'double precision' })
  value!: number;
}
