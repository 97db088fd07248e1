import {
  APPLICATION_STAGES,
  DECISIONS,
  RECOMMENDATIONS,
  type ApplicationStage,
  type Decision,
  type Recommendation,
} from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { CandidateEntity } from '../candidates/candidate.entity';
import { OpeningEntity } from '../openings/opening.entity';

@Entity('applications')
@Index(['organizationId', 'openingId', 'candidateId'], { unique: true })
@Index(['organizationId', 'candidateId'])
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'stageEnteredAt', 'id'])
export class ApplicationEntity extends TenantOwnedEntity {
  @Column('uuid')
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column('uuid')
  openingId!: string;

  @ManyToOne(() => OpeningEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opening_id' })
  opening?: OpeningEntity;

  @Column({ type: 'enum', enum: APPLICATION_STAGES, enumName: 'application_stage', default: 'applied' })
  stage!: ApplicationStage;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageEnteredAt!: Date;

  @Column({ type: 'enum', enum: DECISIONS, enumName: 'hiring_decision', nullable: true })
  decision!: Decision | null;

  @Column({ type: 'text', nullable: true })
  decisionRationale!: string | null;

  @Column({ type: 'enum', enum: RECOMMENDATIONS, enumName: 'recommendation', nullable: true })
  computedRecommendation!: Recommendation | null;

  @Column({ default: false })
  decisionOverride!: boolean;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
