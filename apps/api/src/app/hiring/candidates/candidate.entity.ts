import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';

@Entity('candidates')
@Index(['organizationId', 'email'])
// Serves the list route's keyset order (organization, sort keys, id).
@Index(['organizationId', 'name', 'id'])
export class CandidateEntity extends TenantOwnedEntity {
  @Column({ length: 200 })
  name!: string;

  @Column({ length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  source!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** A legal hold keeps the candidate out of automatic retention erasure. */
  @Column({ default: false })
  legalHold!: boolean;

  /** Set when the candidate's personal data was erased (on request or by retention). */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  /** Who entered the candidate: a hiring manager sees those they entered (see HiringScope). */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @VersionColumn()
  version!: number;
}
