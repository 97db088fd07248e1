import { APPLICATION_STAGES, type ApplicationStage } from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { ApplicationEntity } from './application.entity';

/** Every stage change of an application (who, when, why): time in stage is computed from these. */
@Entity('application_stage_changes')
@Index(['organizationId', 'applicationId', 'createdAt'])
export class StageChangeEntity extends TenantOwnedEntity {
  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'enum', enum: APPLICATION_STAGES, enumName: 'application_stage', nullable: true })
  fromStage!: ApplicationStage | null;

  @Column({ type: 'enum', enum: APPLICATION_STAGES, enumName: 'application_stage' })
  toStage!: ApplicationStage;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;
}
