import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';

@Entity('interviews')
@Index(['organizationId', 'applicationId'])
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'scheduledAt', 'id'])
export class InterviewEntity extends TenantOwnedEntity {
  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column('uuid')
  kitId!: string;

  /** The kit version pinned when the interview was scheduled. */
  @Column('uuid')
  kitVersionId!: string;

  @ManyToOne(() => InterviewKitVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kit_version_id' })
  kitVersion?: InterviewKitVersionEntity;

  @Column({ type: 'timestamptz' })
  scheduledAt!: Date;
}
