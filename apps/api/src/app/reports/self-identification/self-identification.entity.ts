import {
  SELF_ID_RACE_ETHNICITIES,
  SELF_ID_SEXES,
  type SelfIdentifiedRaceEthnicity,
  type SelfIdentifiedSex,
} from '@rapport/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { CandidateEntity } from '../../hiring/candidates/candidate.entity';

/**
 * Voluntary self-identification, one row per candidate, kept apart from the candidate so that no
 * query of the hiring domain can join it in by accident. Read by HR and the owner only.
 * Unique per (organization, candidate): the index leads with the tenant like every other one.
 */
@Entity('candidate_self_identifications')
@Index(['organizationId', 'candidateId'], { unique: true })
export class CandidateSelfIdentificationEntity extends TenantOwnedEntity {
  @Column('uuid')
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  /** `null` = not answered; `prefer_not_to_say` is an answer. */
  @Column({ type: 'enum', enum: SELF_ID_SEXES, enumName: 'self_identified_sex', nullable: true })
  sex!: SelfIdentifiedSex | null;

  @Column({ type: 'enum', enum: SELF_ID_RACE_ETHNICITIES, enumName: 'self_identified_race_ethnicity', nullable: true })
  raceEthnicity!: SelfIdentifiedRaceEthnicity | null;
}
